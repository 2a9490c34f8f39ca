package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.AccountId;

/**
 * A hospital on a program year's CMS Teaching Hospital List, as the host matched it to one of its
 * accounts.
 *
 * @param account the host's account for the hospital; transfers to it as organisation are covered
 * @param ccn the hospital's CMS Certification Number, for {@code Teaching_Hospital_CCN}
 * @param name the hospital's name as CMS lists it, for {@code Teaching_Hospital_Name}
 */
public record TeachingHospital(AccountId account, String ccn, String name) {

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if the CCN or the name is blank
   */
  public TeachingHospital {
    ModelCheck.of("TeachingHospital", account)
        .nonBlank("ccn", ccn)
        .nonBlank("name", name)
        .throwIfInvalid();
  }
}
