package dev.kamkit.rules.compliance.states;

import java.util.List;

/**
 * The custom attribute keys the state pack reads on a transfer of value, for facts the model has no
 * field for. A value of the wrong kind or outside its documented values is a {@code
 * states.attribute.invalid} finding and counts as absent, never as a default; so is an unknown key
 * that starts with {@link #PREFIX}, which catches misspelt keys.
 *
 * <pre>{@code
 * TransferOfValue.builder()
 *     ...
 *     .putAttribute(StatesAttributes.NJ_SERVICE_KIND,
 *         AttributeValue.text(NjServiceKind.ADVISORY_BOARD.code()))
 *     .build();
 * }</pre>
 */
public final class StatesAttributes {
  private StatesAttributes() {}

  /** Every key the pack reads starts with this. */
  public static final String PREFIX = "states.";

  /**
   * Text: the exception of Minn. Stat. §151.461 the host relies on for this transfer, in its own
   * words (e.g. {@code "151.461 professional samples for patients"}). The transfer then does not
   * count toward the $50 limit; the finding still names it.
   */
  public static final String MN_EXCEPTION = "states.mn.exception";

  /**
   * Flag: a meal served at a presentation that is not continuing medical education, which
   * Massachusetts allows if modest and reports quarterly.
   */
  public static final String MA_NON_CME_PRESENTATION = "states.ma.nonCmePresentation";

  /**
   * Text, one of the {@link NjServiceKind#code() codes} of {@link NjServiceKind}: a service New
   * Jersey leaves out of its $10,000 cap from 2020 (research, advisory board, speaking at an
   * education event).
   */
  public static final String NJ_SERVICE_KIND = "states.nj.serviceKind";

  /**
   * Text: the exception of 18 V.S.A. §4631a the host relies on for a gift or entertainment, in its
   * own words. The transfer is then a permitted gift, disclosed rather than banned.
   */
  public static final String VT_PERMITTED_GIFT = "states.vt.permittedGift";

  /** Flag: a sample, coupon or voucher, which Vermont has disclosed as a sample. */
  public static final String VT_SAMPLE = "states.vt.sample";

  /** Every key the pack reads, all on transfers of value. */
  public static final List<String> KEYS =
      List.of(MN_EXCEPTION, MA_NON_CME_PRESENTATION, NJ_SERVICE_KIND, VT_PERMITTED_GIFT, VT_SAMPLE);
}
