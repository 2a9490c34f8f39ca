package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads the CMS texts of natures and forms of payment that hosts hold as strings (a CRM picklist, a
 * file), ignoring case and outer whitespace: published sources differ in case, e.g. {@code "Royalty
 * or license"} against {@code "Royalty or License"} (CMS Open Payments published values; CY2022
 * Physician Fee Schedule rule).
 */
public final class CmsCodes {
  private CmsCodes() {}

  /** The nature of payment whose CMS text is {@code text}, ignoring case, if there is one. */
  public static Optional<NatureOfPayment> nature(String text) {
    String wanted = text.strip();
    return Arrays.stream(NatureOfPayment.values())
        .filter(n -> n.cmsName().equalsIgnoreCase(wanted))
        .findFirst();
  }

  /** The form of payment whose CMS text is {@code text}, ignoring case, if there is one. */
  public static Optional<FormOfPayment> form(String text) {
    String wanted = text.strip();
    return Arrays.stream(FormOfPayment.values())
        .filter(f -> f.cmsName().equalsIgnoreCase(wanted))
        .findFirst();
  }
}
