/** A host that names kamkit's JSON module and nothing else of kamkit's or Jackson's. */
module host.modular {
  requires dev.kamkit.json;
}
