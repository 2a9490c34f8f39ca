package dev.kamkit.rules.review;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.committee.SubmissionProgress;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The changes in what the account buys and decides: formulary, contracts, submissions, pipeline.
 */
final class Business {
  private final KeyAccount before;
  private final LocalDate since;
  private final KeyAccount after;
  private final LocalDate asOf;

  Business(Sides sides) {
    before = sides.before();
    since = sides.since();
    after = sides.after();
    asOf = sides.asOf();
  }

  void formulary(Changes out) {
    TreeSet<ProductId> products = new TreeSet<>();
    before.formulary().forEach(e -> products.add(e.product()));
    after.formulary().forEach(e -> products.add(e.product()));
    for (ProductId p : products) {
      Optional<FormularyStatus> then = before.formularyStatus(p, since).map(FormularyEntry::status);
      Optional<FormularyStatus> now = after.formularyStatus(p, asOf).map(FormularyEntry::status);
      if (then.equals(now)) {
        continue;
      }
      Arg product = product(p);
      if (then.isPresent() && now.isPresent()) {
        out.add(
            // the statuses run from preferred down to not listed
            Changes.byRank(-then.get().ordinal(), -now.get().ordinal()),
            List.of(p),
            ReviewCode.FORMULARY_MOVED,
            product,
            Arg.of(then.get()),
            Arg.of(now.get()));
      } else if (now.isPresent()) {
        out.add(
            now.get().ordinal() <= FormularyStatus.RESTRICTED.ordinal()
                ? Movement.BETTER
                : Movement.NOTED,
            List.of(p),
            ReviewCode.FORMULARY_LISTED,
            product,
            Arg.of(now.get()));
      } else {
        out.add(
            Movement.WORSE,
            List.of(p),
            ReviewCode.FORMULARY_UNLISTED,
            product,
            Arg.of(then.orElseThrow()));
      }
    }
  }

  void contracts(Changes out) {
    Map<ContractId, Contract> then =
        Changes.byKey(before.account().profile().contracts(), Contract::id);
    Map<ContractId, Contract> now =
        Changes.byKey(after.account().profile().contracts(), Contract::id);
    for (Contract c : now.values()) {
      Contract was = then.get(c.id());
      List<ContractId> subject = List.of(c.id());
      Arg contract = Arg.of(c.id(), c.name());
      if (was == null) {
        out.add(
            isInForce(c.status()) ? Movement.BETTER : Movement.NOTED,
            subject,
            ReviewCode.CONTRACT_ADDED,
            contract,
            Arg.of(c.kind()),
            Arg.of(c.status()));
        continue;
      }
      if (was.status() != c.status()) {
        out.add(
            isInForce(c.status())
                ? Movement.BETTER
                : isClosed(c.status()) ? Movement.WORSE : Movement.NOTED,
            subject,
            ReviewCode.CONTRACT_STATUS,
            contract,
            Arg.of(was.status()),
            Arg.of(c.status()));
      }
      if (!isClosed(c.status()) && !c.end().isBefore(since) && c.end().isBefore(asOf)) {
        out.add(Movement.WORSE, subject, ReviewCode.CONTRACT_EXPIRED, contract, Arg.of(c.end()));
      }
      if (was.value().isPresent()
          && c.value().isPresent()
          && !same(was.value().get(), c.value().get())) {
        out.add(
            moved(was.value().get(), c.value().get()),
            subject,
            ReviewCode.CONTRACT_VALUE,
            contract,
            Arg.of(was.value().get()),
            Arg.of(c.value().get()));
      }
    }
    for (Contract was : then.values()) {
      if (!now.containsKey(was.id())) {
        out.add(
            Movement.NOTED,
            List.of(was.id()),
            ReviewCode.CONTRACT_REMOVED,
            Arg.of(was.id(), was.name()));
      }
    }
  }

  void submissions(CommitteeProgressionResult then, CommitteeProgressionResult now, Changes out) {
    Map<CommitteeSubmissionId, SubmissionProgress> was =
        Changes.byKey(then.submissions(), SubmissionProgress::submission);
    for (SubmissionProgress p : now.submissions()) {
      SubmissionProgress q = was.get(p.submission());
      List<CommitteeSubmissionId> subject = List.of(p.submission());
      Arg submission = submission(p.submission());
      if (q == null) {
        out.add(
            Movement.NOTED,
            subject,
            ReviewCode.SUBMISSION_ADDED,
            submission,
            body(p.decisionBody()),
            Arg.of(p.stage()));
      } else if (p.open() && p.stage() != q.stage()) {
        out.add(
            Changes.byRank(q.stage().ordinal(), p.stage().ordinal()),
            subject,
            ReviewCode.SUBMISSION_ADVANCED,
            submission,
            Arg.of(q.stage()),
            Arg.of(p.stage()));
      }
      if (p.decision().isPresent()
          && (q == null || !q.decision().equals(p.decision()) || q.open() != p.open())) {
        out.add(
            p.decision().get().isApproval() ? Movement.BETTER : Movement.WORSE,
            subject,
            ReviewCode.SUBMISSION_DECIDED,
            submission,
            body(p.decisionBody()),
            Arg.of(p.decision().get()));
      }
      List<Reason> stalled = Reasons.missingFrom(p.stalled(), q == null ? List.of() : q.stalled());
      if (!stalled.isEmpty()) {
        out.add(
            Movement.WORSE,
            subject,
            ReviewCode.SUBMISSION_STALLED,
            submission,
            Arg.list(stalled, r -> Arg.of(r.message())));
      } else if (q != null && q.isStalled() && !p.isStalled() && p.open()) {
        out.add(Movement.BETTER, subject, ReviewCode.SUBMISSION_MOVING, submission);
      }
    }
  }

  void pipeline(Changes out) {
    Map<OpportunityId, Opportunity> then = Changes.byKey(before.opportunities(), Opportunity::id);
    Map<OpportunityId, Opportunity> now = Changes.byKey(after.opportunities(), Opportunity::id);
    for (Opportunity o : now.values()) {
      Opportunity was = then.get(o.id());
      List<OpportunityId> subject = List.of(o.id());
      Arg opportunity = Arg.of(o.id(), o.name());
      if (was == null) {
        out.add(
            Movement.NOTED,
            subject,
            ReviewCode.OPPORTUNITY_ADDED,
            opportunity,
            Arg.of(o.stage()),
            Arg.of(o.amount()));
        continue;
      }
      if (was.stage() != o.stage()) {
        if (o.stage() == OpportunityStage.WON) {
          out.add(
              Movement.BETTER,
              subject,
              ReviewCode.OPPORTUNITY_WON,
              opportunity,
              Arg.of(o.amount()));
        } else if (o.stage() == OpportunityStage.LOST) {
          out.add(
              Movement.WORSE,
              subject,
              ReviewCode.OPPORTUNITY_LOST,
              opportunity,
              Arg.of(o.amount()));
        } else {
          out.add(
              Changes.byRank(was.stage().ordinal(), o.stage().ordinal()),
              subject,
              ReviewCode.OPPORTUNITY_STAGE,
              opportunity,
              Arg.of(was.stage()),
              Arg.of(o.stage()));
        }
      }
      if (!same(was.amount(), o.amount())) {
        out.add(
            moved(was.amount(), o.amount()),
            subject,
            ReviewCode.OPPORTUNITY_AMOUNT,
            opportunity,
            Arg.of(was.amount()),
            Arg.of(o.amount()));
      }
    }
    for (Opportunity was : then.values()) {
      if (!now.containsKey(was.id())) {
        out.add(
            Movement.NOTED,
            List.of(was.id()),
            ReviewCode.OPPORTUNITY_REMOVED,
            Arg.of(was.id(), was.name()));
      }
    }
  }

  private static boolean isInForce(ContractStatus s) {
    return s == ContractStatus.SIGNED || s == ContractStatus.ACTIVE;
  }

  private static boolean isClosed(ContractStatus s) {
    return s == ContractStatus.REJECTED || s == ContractStatus.ENDED;
  }

  private static boolean same(Money a, Money b) {
    return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
  }

  /** Better when it grew, worse when it shrank, noted when the currency changed. */
  private static Movement moved(Money from, Money to) {
    return from.currency().equals(to.currency())
        ? Changes.byRank(0, to.amount().compareTo(from.amount()))
        : Movement.NOTED;
  }

  private Arg product(ProductId id) {
    String name =
        after.product(id).or(() -> before.product(id)).map(Product::name).orElse(id.value());
    return Arg.of(id, name);
  }

  private Arg submission(CommitteeSubmissionId id) {
    String name =
        after.committeeSubmissions().stream()
            .filter(s -> s.id().equals(id))
            .map(CommitteeSubmission::name)
            .findFirst()
            .orElse(id.value());
    return Arg.of(id, name);
  }

  private Arg body(DecisionBodyId id) {
    String name = after.decisionBody(id).map(DecisionBody::name).orElse(id.value());
    return Arg.of(id, name);
  }
}
