package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.base.FactKey;
import java.util.List;

/**
 * The typed facts the state pack reads on a transfer of value, for facts the model has no field
 * for. A host records them with {@code Fact.of(key, value)}; an absent fact is absent, never a
 * default. A fact still recorded as a custom attribute under one of these names, as earlier
 * releases read it, is a {@code states.attribute.invalid} finding naming where the fact belongs
 * ({@code model.attribute.moved}); so is any other name that starts with {@link #PREFIX}, which
 * catches misspelt names.
 *
 * <pre>{@code
 * TransferOfValue.builder()
 *     ...
 *     .addFact(Fact.of(UsStatesFacts.NJ_SERVICE_KIND, NjServiceKind.ADVISORY_BOARD))
 *     .build();
 * }</pre>
 */
public final class UsStatesFacts {
  private UsStatesFacts() {}

  /** Every fact the pack reads is named with this. */
  public static final String PREFIX = "states.";

  /**
   * Text: the exception of Minn. Stat. §151.461 the host relies on for this transfer, in its own
   * words (e.g. {@code "151.461 professional samples for patients"}). The transfer then does not
   * count toward the $50 limit; the finding still names it.
   */
  public static final FactKey<String> MN_EXCEPTION = FactKey.text("states.mn.exception");

  /**
   * Flag: a meal served at a presentation that is not continuing medical education, which
   * Massachusetts allows if modest and reports quarterly. Absent means it is not one.
   */
  public static final FactKey<Boolean> MA_NON_CME_PRESENTATION =
      FactKey.flag("states.ma.nonCmePresentation");

  /**
   * A service New Jersey leaves out of its $10,000 cap from 2020 (research, advisory board,
   * speaking at an education event).
   */
  public static final FactKey<NjServiceKind> NJ_SERVICE_KIND =
      FactKey.code("states.nj.serviceKind", NjServiceKind.class);

  /**
   * Text: the exception of 18 V.S.A. §4631a the host relies on for a gift or entertainment, in its
   * own words. The transfer is then a permitted gift, disclosed rather than banned.
   */
  public static final FactKey<String> VT_PERMITTED_GIFT = FactKey.text("states.vt.permittedGift");

  /**
   * Flag: a sample, coupon or voucher, which Vermont has disclosed as a sample. Absent means it is
   * not one.
   */
  public static final FactKey<Boolean> VT_SAMPLE = FactKey.flag("states.vt.sample");

  /** Every fact the pack reads, all on transfers of value. */
  public static final List<FactKey<?>> KEYS =
      List.of(MN_EXCEPTION, MA_NON_CME_PRESENTATION, NJ_SERVICE_KIND, VT_PERMITTED_GIFT, VT_SAMPLE);
}
