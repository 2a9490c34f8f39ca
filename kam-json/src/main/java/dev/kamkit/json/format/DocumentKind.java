package dev.kamkit.json.format;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a kamkit JSON document holds, named by its {@code "kamkit"} property. Each kind has its own
 * {@link #currentVersion() format version}: account and portfolio documents are at 1.4 (1.0 to 1.3
 * are still read: 1.1 to 1.4 only added optional properties), results documents at 2.3 (2.0 to 2.2
 * are still read: 2.1 to 2.3 only added optional properties).
 *
 * <p>More kinds will be added in later minor versions of the format, so code that switches over
 * this enum should keep a default branch.
 */
public enum DocumentKind {
  /**
   * One key account: {@code "kamkit": "account"}, format 1.4. 1.1 added optional properties to 1.0:
   * target lists, promotional materials, service agreements, GPO fee terms, team members'
   * incentives, objectives' division, and the programme, materials, agreement and meal setting of
   * interactions and transfers of value; 1.2 added a speaker programme's therapeutic area and
   * indications, the clinical units an objective targets, a transfer's third party and employment
   * compensation, a stakeholder's employment by the manufacturer, and the account's opportunities;
   * 1.3 added a product's device identifier and its US Open Payments coverage, the account's
   * committee submissions and an objective's revenue target; 1.4 added the typed {@code facts} of
   * accounts, stakeholders and transfers of value ({@code docs/json-format.md}, "Versions").
   */
  ACCOUNT("account", new FormatVersion(1, 4)),
  /**
   * Many key accounts with shared product and team catalogues: {@code "kamkit": "portfolio"},
   * format 1.4, whose accounts are those of account format 1.4.
   */
  PORTFOLIO("portfolio", new FormatVersion(1, 4)),
  /**
   * Scores, classifications and findings of some accounts on one day: {@code "kamkit": "results"},
   * format 2.3, whose reasons, findings and other words are message codes with typed arguments. 2.1
   * added to 2.0 each account's relationship stage, next stakeholders and turnover exposure, and
   * the portfolio's own results, so that an evaluation written as a results document loses nothing;
   * 2.2 added each account's pipeline and committee progression and the portfolio's committee
   * progression; 2.3 added each account's share of voice, the portfolio's share of voice against
   * peers, and the under-served policy's share-of-voice settings. 2.0 to 2.2 documents are read as
   * before. Results documents of format 1.0 held English sentences instead; they are not read
   * (results are computed again, not migrated).
   */
  RESULTS("results", new FormatVersion(2, 3));

  private final String wireName;
  private final FormatVersion currentVersion;

  DocumentKind(String wireName, FormatVersion currentVersion) {
    this.wireName = wireName;
    this.currentVersion = currentVersion;
  }

  /**
   * The format version of this kind that this library writes and fully understands: 1.4 for account
   * and portfolio documents, 2.3 for results documents.
   */
  public FormatVersion currentVersion() {
    return currentVersion;
  }

  /** The value of the {@code "kamkit"} property for this kind, for example {@code "account"}. */
  public String wireName() {
    return wireName;
  }

  /** The kind whose {@link #wireName()} is {@code name}, if there is one; case matters. */
  public static Optional<DocumentKind> fromWireName(String name) {
    return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
  }
}
