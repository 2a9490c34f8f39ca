package dev.kamkit.rules.compliance.conduct;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.compliance.Finding;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Speaker programmes (OIG, "Special Fraud Alert: Speaker Programs" (2020); PhRMA, "Code on
 * Interactions with Health Care Professionals" section 7): no company-paid alcohol, no high-end or
 * entertainment venues, speakers not chosen by commercial roles, no repeat attendance on a topic
 * without a recorded need, no speaker attending later on their own topic. Planned programmes are
 * judged too, so that a problem can be stopped before it happens; cancelled ones are skipped.
 * Programmes are taken in date order, then by id, so a programme's "earlier" ones never depend on
 * the order the host listed them in.
 */
final class SpeakerProgramChecks {
  private SpeakerProgramChecks() {}

  private static final Comparator<Interaction> ORDER =
      Comparator.comparing(Interaction::date).thenComparing(i -> i.id().value());

  static void check(KeyAccount account, List<Finding> out) {
    List<Interaction> programmes =
        account.interactions().stream()
            .filter(i -> i.speakerProgram().isPresent())
            .filter(i -> i.status() != InteractionStatus.CANCELLED)
            .sorted(ORDER)
            .toList();
    // topic -> attendee -> the last programme they attended on it; topic -> speaker -> programme
    Map<String, Map<StakeholderId, Interaction>> attended = new HashMap<>();
    Map<String, Map<StakeholderId, Interaction>> spoke = new HashMap<>();
    for (Interaction i : programmes) {
      SpeakerProgram p = i.speakerProgram().orElseThrow();
      hospitality(account, i, p, out);
      chooser(account, i, p, out);
      String topic = topicKey(p.topic());
      Map<StakeholderId, Interaction> before =
          attended.computeIfAbsent(topic, t -> new HashMap<>());
      Map<StakeholderId, Interaction> spoken = spoke.computeIfAbsent(topic, t -> new HashMap<>());
      List<StakeholderId> attendees =
          i.stakeholders().stream()
              .filter(s -> !p.speaker().equals(Optional.of(s)))
              .sorted(Comparator.comparing(StakeholderId::value))
              .toList();
      for (StakeholderId s : attendees) {
        Interaction earlier = before.get(s);
        Arg[] attendee = {Parts.stakeholder(account, s)};
        if (earlier != null && !p.needRecordedFor().contains(s)) {
          out.add(
              Finding.of(
                  ConductRules.REPEAT_ATTENDANCE,
                  account.id(),
                  List.of(i.id(), s),
                  p.mealServed()
                      ? ConductCode.REPEAT_ATTENDANCE_WITH_MEAL
                      : ConductCode.REPEAT_ATTENDANCE,
                  Parts.concat(attendee, Parts.programme(i), Parts.programme(earlier))));
        }
        Interaction gave = spoken.get(s);
        if (gave != null) {
          out.add(
              Finding.of(
                  ConductRules.SPEAKER_ATTENDS_LATER,
                  account.id(),
                  List.of(i.id(), s),
                  ConductCode.SPEAKER_ATTENDS_LATER,
                  Parts.concat(attendee, Parts.programme(i), Parts.programme(gave))));
        }
        before.put(s, i);
      }
      p.speaker().ifPresent(s -> spoken.putIfAbsent(s, i));
    }
  }

  private static void hospitality(
      KeyAccount account, Interaction i, SpeakerProgram p, List<Finding> out) {
    Arg[] programme = Parts.programme(i);
    if (p.companyPaidAlcohol()) {
      out.add(
          Finding.of(
              ConductRules.ALCOHOL,
              account.id(),
              List.of(i.id()),
              ConductCode.ALCOHOL,
              Parts.concat(programme, new Arg[] {Arg.of(p.venue())})));
    }
    if (p.venue().isHighEnd()) {
      out.add(
          Finding.of(
              ConductRules.HIGH_END_VENUE,
              account.id(),
              List.of(i.id()),
              ConductCode.HIGH_END_VENUE,
              Parts.concat(programme, new Arg[] {Arg.of(p.venue())})));
    }
    if (p.venue().isEntertainment()) {
      out.add(
          Finding.of(
              ConductRules.ENTERTAINMENT_VENUE,
              account.id(),
              List.of(i.id()),
              ConductCode.ENTERTAINMENT_VENUE,
              programme));
    }
  }

  private static void chooser(
      KeyAccount account, Interaction i, SpeakerProgram p, List<Finding> out) {
    Optional<TeamMember> chooser = p.speakerChosenBy().flatMap(account::teamMember);
    if (chooser.isPresent() && chooser.get().division() == Division.COMMERCIAL) {
      TeamMember m = chooser.get();
      Arg[] programmeAndChooser =
          Parts.concat(
              Parts.programme(i), new Arg[] {Arg.of(m.id(), m.name()), Arg.of(m.function())});
      out.add(
          Finding.of(
              ConductRules.CHOSEN_BY_COMMERCIAL,
              account.id(),
              List.of(i.id(), m.id()),
              p.speaker().isPresent()
                  ? ConductCode.CHOSEN_BY_COMMERCIAL
                  : ConductCode.CHOSEN_BY_COMMERCIAL_SPEAKER_UNRECORDED,
              p.speaker()
                  .map(
                      s ->
                          Parts.concat(
                              new Arg[] {Parts.stakeholder(account, s)}, programmeAndChooser))
                  .orElse(programmeAndChooser)));
    }
  }

  /**
   * The topic as compared: case, surrounding and repeated whitespace ignored, so {@code "Dosing
   * update"} and {@code " dosing UPDATE"} are the same topic and {@code "Dosing updates"} is not.
   */
  static String topicKey(String topic) {
    return topic.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
