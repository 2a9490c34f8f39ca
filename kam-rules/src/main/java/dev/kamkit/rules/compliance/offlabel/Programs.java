package dev.kamkit.rules.compliance.offlabel;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.IndicationApproval;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges what a speaker programme covers against its products' approvals in the account's
 * jurisdiction on the programme's day, whoever ran it: a company's speaker programme promotes its
 * products (OIG Special Fraud Alert: Speaker Programs (2020); PhRMA Code section 7), so it covers
 * only approved indications, and the therapeutic area it records is that of an approved indication,
 * as a payment's is. Its products are those its interaction discusses, in id order; competitors'
 * are not judged. Planned programmes are judged too: that is when a programme can still be changed.
 */
final class Programs {
  private Programs() {}

  static void check(KeyAccount account, Interaction i, String country, List<Finding> findings) {
    if (i.speakerProgram().isEmpty()) {
      return;
    }
    SpeakerProgram program = i.speakerProgram().get();
    List<Product> ours = ours(account, i);
    if (ours.isEmpty()) {
      return;
    }
    Arg[] programme = {Arg.of(i.id()), Arg.text(program.topic())};
    List<IndicationId> covered = new ArrayList<>(program.indications());
    covered.sort(Comparator.naturalOrder());
    for (IndicationId id : covered) {
      for (Product product : ours) {
        Optional<Indication> indication = product.indication(id);
        if (indication.isPresent() && !indication.get().isApproved(country, i.date())) {
          findings.add(unapproved(account, i, programme, product, indication.get(), country));
        }
      }
    }
    if (program.therapeuticArea().isPresent()) {
      String recorded = program.therapeuticArea().get();
      Set<String> approvedAreas = Approvals.approvedAreas(ours, country, i.date());
      if (!Approvals.inArea(approvedAreas, recorded)) {
        Arg[] args =
            Approvals.args(
                programme,
                new Arg[] {Arg.of(i.date()), Arg.text(recorded)},
                Arg.list(ours, p -> Arg.of(p.id(), p.name())),
                Arg.text(country));
        findings.add(
            approvedAreas.isEmpty()
                ? Finding.of(
                    OffLabelRules.SPEAKER_PROGRAM_AREA,
                    account.id(),
                    List.of(i.id()),
                    OffLabelCode.SPEAKER_PROGRAM_AREA_NONE_APPROVED,
                    args)
                : Finding.of(
                    OffLabelRules.SPEAKER_PROGRAM_AREA,
                    account.id(),
                    List.of(i.id()),
                    OffLabelCode.SPEAKER_PROGRAM_AREA_UNMATCHED,
                    Approvals.args(args, new Arg[0], Arg.list(approvedAreas, a -> Arg.text(a)))));
      }
    }
  }

  /** Our products the programme's interaction discusses, each once, in id order. */
  private static List<Product> ours(KeyAccount account, Interaction i) {
    List<Product> ours = new ArrayList<>();
    for (ProductDiscussion d : i.productsDiscussed()) {
      Product p = account.product(d.product()).orElseThrow();
      if (!p.competitor() && !ours.contains(p)) {
        ours.add(p);
      }
    }
    ours.sort(Comparator.comparing(Product::id));
    return ours;
  }

  /**
   * A covered indication not approved there on the day: approved there only later (the soonest such
   * approval), withdrawn there (the latest withdrawal), or never approved there.
   */
  private static Finding unapproved(
      KeyAccount account,
      Interaction i,
      Arg[] programme,
      Product product,
      Indication indication,
      String country) {
    LocalDate date = i.date();
    Optional<LocalDate> later = Optional.empty();
    Optional<LocalDate> withdrawn = Optional.empty();
    for (IndicationApproval a : indication.approvals()) {
      if (!a.holds(country, a.approvedOn())) {
        continue; // elsewhere, or withdrawn on the day it was approved
      }
      if (date.isBefore(a.approvedOn())) {
        later = earliest(later, a.approvedOn());
      } else if (a.withdrawnOn().isPresent()) {
        LocalDate w = a.withdrawnOn().get();
        withdrawn = withdrawn.filter(x -> x.isAfter(w)).or(() -> Optional.of(w));
      }
    }
    Arg[] use = Approvals.use(product, Optional.of(indication));
    Arg where = Arg.text(country);
    Arg when = Arg.of(date);
    OffLabelCode code;
    Arg[] args;
    if (later.isPresent()) {
      code = OffLabelCode.SPEAKER_PROGRAM_NOT_YET_APPROVED;
      args = Approvals.args(programme, use, where, when, Arg.of(later.get()));
    } else if (withdrawn.isPresent()) {
      code = OffLabelCode.SPEAKER_PROGRAM_WITHDRAWN;
      args = Approvals.args(programme, use, where, when, Arg.of(withdrawn.get()));
    } else {
      code = OffLabelCode.SPEAKER_PROGRAM_UNAPPROVED;
      args = Approvals.args(programme, use, where, when);
    }
    return Finding.of(
        OffLabelRules.SPEAKER_PROGRAM_INDICATION, account.id(), List.of(i.id()), code, args);
  }

  private static Optional<LocalDate> earliest(Optional<LocalDate> so, LocalDate day) {
    return so.filter(d -> d.isBefore(day)).or(() -> Optional.of(day));
  }
}
