package dev.kamkit.model.engagement;

/**
 * How a transfer of value was made, with the exact text CMS Open Payments uses (CMS Open Payments
 * data dictionary).
 */
public enum FormOfPayment {
  /** Cash or cash equivalent. */
  CASH_OR_CASH_EQUIVALENT("Cash or cash equivalent"),
  /** In-kind items and services. */
  IN_KIND_ITEMS_AND_SERVICES("In-kind items and services"),
  /** Stock. */
  STOCK("Stock"),
  /** Stock option. */
  STOCK_OPTION("Stock option"),
  /** Any other ownership interest. */
  OTHER_OWNERSHIP_INTEREST("Any other ownership interest"),
  /** Dividend, profit or other return on investment. */
  DIVIDEND_PROFIT_OR_RETURN("Dividend, profit or other return on investment");

  private final String cmsName;

  FormOfPayment(String cmsName) {
    this.cmsName = cmsName;
  }

  /** The exact text CMS publishes for this form. */
  public String cmsName() {
    return cmsName;
  }
}
