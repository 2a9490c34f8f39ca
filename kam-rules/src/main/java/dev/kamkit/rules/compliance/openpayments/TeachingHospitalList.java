package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.AccountId;
import java.util.List;
import java.util.Optional;

/**
 * One program year's CMS Teaching Hospital List, as the host supplies it (CMS posts it around 1
 * October of the year before). kamkit ships no list: it changes every year and is published as a
 * file.
 *
 * @param programYear the program year it applies to
 * @param hospitals the hospitals on it
 */
public record TeachingHospitalList(int programYear, List<TeachingHospital> hospitals) {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if an account is listed twice
   */
  public TeachingHospitalList {
    hospitals = List.copyOf(hospitals);
    ModelCheck.of("TeachingHospitalList", programYear)
        .unique("hospitals.account", hospitals, TeachingHospital::account)
        .throwIfInvalid();
  }

  /** The listed hospital that is {@code account}, if it is listed. */
  public Optional<TeachingHospital> hospital(AccountId account) {
    return hospitals.stream().filter(h -> h.account().equals(account)).findFirst();
  }
}
