package dev.kamkit.rules.compliance.uk;

import dev.kamkit.model.base.FactKey;
import java.util.List;

/**
 * The typed facts the UK pack reads on a stakeholder. A host records them with {@code Fact.of(key,
 * value)}; an absent fact is absent, never a default. A fact still recorded as a custom attribute
 * under one of these names, as earlier releases read it, is a {@code uk.attribute.invalid} finding
 * naming where the fact belongs ({@code model.attribute.moved}); so is any other name that starts
 * with {@link #PREFIX}.
 */
public final class UkFacts {
  private UkFacts() {}

  /** Every fact the pack reads is named with this. */
  public static final String PREFIX = "uk.";

  /**
   * The basis recorded for disclosing the person's transfers. Absent on an HCP whose {@code
   * HcpIdentity.disclosureConsent()} is true means consent, as recorded in the model.
   */
  public static final FactKey<LawfulBasis> LAWFUL_BASIS =
      FactKey.code("uk.lawfulBasis", LawfulBasis.class);

  /**
   * A flag: whether a stakeholder who is not an HCP is an other relevant decision maker. Absent
   * means the pack's reading of the model: an economic or technical buyer, or a member of a
   * decision body.
   */
  public static final FactKey<Boolean> DECISION_MAKER = FactKey.flag("uk.decisionMaker");

  /** The facts read on a stakeholder. */
  public static final List<FactKey<?>> STAKEHOLDER_KEYS = List.of(LAWFUL_BASIS, DECISION_MAKER);
}
