package dev.kamkit.json;

/**
 * The one Jackson 2 artifact kam-json needs, checked before Jackson is touched: Jackson 3.1 reads
 * its annotations from {@code com.fasterxml.jackson.core:jackson-annotations} 2.21 or newer, and a
 * host whose build pins an older one (often through a Jackson 2 BOM) otherwise fails deep inside
 * Jackson with {@code NoClassDefFoundError: com/fasterxml/jackson/annotation/JsonSerializeAs}.
 */
final class JacksonRequirement {
  /** The oldest jackson-annotations Jackson 3.1 works with. */
  static final String MINIMUM = "2.21";

  /** A class that jackson-annotations has from {@link #MINIMUM} on and Jackson 3.1 loads. */
  static final String PROBE = "com.fasterxml.jackson.annotation.JsonSerializeAs";

  private static final boolean MET = present(PROBE);

  private JacksonRequirement() {}

  /**
   * Returns quietly when the classpath has a jackson-annotations kam-json can work with.
   *
   * @throws IllegalStateException naming the version found and what to change in the build
   */
  static void check() {
    if (!MET) {
      throw new IllegalStateException(message(found()));
    }
  }

  /** What a host reads when its build pins {@code found}, an older jackson-annotations. */
  static String message(String found) {
    return "kam-json needs com.fasterxml.jackson.core:jackson-annotations "
        + MINIMUM
        + " or newer (Jackson 3.1 reads its annotations from the Jackson 2 line), but the"
        + " classpath has "
        + found
        + ". The build pins the older one, usually through a Jackson 2 BOM or a framework's"
        + " dependency management: manage jackson-annotations at "
        + MINIMUM
        + " or newer in your dependencyManagement, declared before any BOM that pins it.";
  }

  private static String found() {
    try {
      String version =
          Class.forName("com.fasterxml.jackson.annotation.JsonProperty", false, loader())
              .getPackage()
              .getImplementationVersion();
      return version == null ? "an older version" : "version " + version;
    } catch (ClassNotFoundException e) {
      return "no jackson-annotations at all";
    }
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, loader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static ClassLoader loader() {
    return JacksonRequirement.class.getClassLoader();
  }
}
