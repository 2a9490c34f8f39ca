package dev.kamkit.model.team;

/**
 * What a team member does on the account. Veeva's {@code Account_Team_Member_vod__c.Role_vod__c}
 * maps here: Key Account Manager, Sales_vod, Medical_vod, Market_Access_vod, Executive Sponsor.
 */
public enum TeamFunction {
  /** The key account manager who owns the account and its plan. */
  KEY_ACCOUNT_MANAGER(Division.COMMERCIAL),
  /** A sales representative. */
  SALES(Division.COMMERCIAL),
  /** A medical science liaison. */
  MEDICAL_SCIENCE_LIAISON(Division.MEDICAL),
  /** Medical affairs other than MSLs: medical directors, medical information. */
  MEDICAL_AFFAIRS(Division.MEDICAL),
  /** Market access and payer account management. */
  MARKET_ACCESS(Division.COMMERCIAL),
  /** Marketing. */
  MARKETING(Division.COMMERCIAL),
  /** Customer service, field reimbursement, technical service. */
  SERVICE(Division.COMMERCIAL),
  /** A senior executive who sponsors the account. */
  EXECUTIVE_SPONSOR(Division.COMMERCIAL);

  private final Division division;

  TeamFunction(Division division) {
    this.division = division;
  }

  /** The side of the firewall this function sits on. */
  public Division division() {
    return division;
  }
}
