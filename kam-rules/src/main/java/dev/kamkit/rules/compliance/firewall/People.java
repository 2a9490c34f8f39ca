package dev.kamkit.rules.compliance.firewall;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.team.TeamMember;

/**
 * How findings name our people: by name (with their id) and function, so the reader knows whom to
 * ask.
 */
final class People {
  private People() {}

  static Arg member(TeamMember m) {
    return Arg.of(m.id(), m.name());
  }

  static Arg function(TeamMember m) {
    return Arg.of(m.function());
  }
}
