package dev.kamkit.json.format;

import static java.util.Objects.requireNonNull;

import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.engagement.SamAllocation;
import dev.kamkit.rules.evaluation.PortfolioEvaluation;
import dev.kamkit.rules.tiering.PortfolioTiering;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.scoring.committee.CommitteePortfolioResult;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.health.UnderServedReport;
import dev.kamkit.scoring.voice.ShareOfVoicePortfolioResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results computed for a portfolio as a whole, whichever the host computed; each is empty when
 * it was not (format 2.1). Take them all from an evaluation with {@link #of(PortfolioEvaluation)},
 * or build them with the constructor:
 *
 * <pre>{@code
 * PortfolioResults results = new PortfolioResults(
 *     Optional.of(tiering), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
 *     Optional.empty(), Optional.empty());
 * }</pre>
 *
 * @param tiering the portfolio's tiering, with the tier result of each account
 * @param sam the strategic account management allocation under its cap
 * @param underServed the accounts served below their potential, with the policy that judged them
 * @param acrossAccounts the compliance findings that span accounts, with the packs that ran
 * @param configuration the packs' findings about their own configuration; empty when there are none
 * @param committee committee progression across the accounts, each account's result with it (format
 *     2.2)
 * @param shareOfVoice share of voice across the accounts, each against its peers, the other
 *     accounts of its tier (format 2.3)
 */
public record PortfolioResults(
    Optional<PortfolioTiering> tiering,
    Optional<SamAllocation> sam,
    Optional<UnderServedReport> underServed,
    Optional<ComplianceReport> acrossAccounts,
    List<Finding> configuration,
    Optional<CommitteePortfolioResult> committee,
    Optional<ShareOfVoicePortfolioResult> shareOfVoice) {

  /** Checks that no component is null. */
  public PortfolioResults {
    requireNonNull(tiering, "tiering");
    requireNonNull(sam, "sam");
    requireNonNull(underServed, "underServed");
    requireNonNull(acrossAccounts, "acrossAccounts");
    configuration = List.copyOf(configuration);
    requireNonNull(committee, "committee");
    requireNonNull(shareOfVoice, "shareOfVoice");
  }

  /**
   * Every portfolio-level result of an evaluation: the tiering, the SAM allocation, the
   * under-served report, the compliance findings across accounts, the configuration findings, and
   * committee progression and share of voice across the accounts.
   */
  public static PortfolioResults of(PortfolioEvaluation evaluation) {
    return new PortfolioResults(
        Optional.of(evaluation.tiering()),
        Optional.of(evaluation.sam()),
        Optional.of(evaluation.underServed()),
        Optional.of(evaluation.complianceAcrossAccounts()),
        evaluation.configuration(),
        Optional.of(evaluation.committee()),
        Optional.of(evaluation.shareOfVoice()));
  }

  /**
   * The day of each result present, the tiering's account results included; a document needs them
   * equal.
   */
  List<LocalDate> asOfs() {
    List<LocalDate> days = new ArrayList<>();
    tiering.ifPresent(
        t -> {
          days.add(t.asOf());
          t.results().stream().map(TierResult::asOf).forEach(days::add);
        });
    sam.ifPresent(r -> days.add(r.asOf()));
    underServed.ifPresent(r -> days.add(r.asOf()));
    acrossAccounts.ifPresent(r -> days.add(r.asOf()));
    committee.ifPresent(
        c -> {
          days.add(c.asOf());
          c.accounts().stream().map(CommitteeProgressionResult::asOf).forEach(days::add);
        });
    shareOfVoice.ifPresent(
        v -> {
          days.add(v.asOf());
          v.accounts().stream().map(p -> p.result().asOf()).forEach(days::add);
        });
    return days;
  }
}
