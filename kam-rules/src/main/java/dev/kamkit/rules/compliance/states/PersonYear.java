package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.id.StakeholderId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One healthcare professional in one calendar year: the unit of the states' yearly limits. */
record PersonYear(StakeholderId person, int year) {

  /** Shares grouped by person and year, in the order of each group's first share. */
  static Map<PersonYear, List<StateShare>> group(List<StateShare> shares) {
    return shares.stream()
        .collect(
            Collectors.groupingBy(
                s -> new PersonYear(s.recipient().id(), s.year()),
                LinkedHashMap::new,
                Collectors.toList()));
  }
}
