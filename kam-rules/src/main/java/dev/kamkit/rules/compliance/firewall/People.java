package dev.kamkit.rules.compliance.firewall;

import dev.kamkit.model.team.TeamMember;

/** How findings name our people: name, id and function, so the reader knows whom to ask. */
final class People {
  private People() {}

  static String describe(TeamMember m) {
    return m.name() + " (" + m.id() + ", " + m.function() + ")";
  }
}
