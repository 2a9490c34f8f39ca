package dev.kamkit.rules.compliance.conduct;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.CompensationBasis;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.ServiceKind;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Small US accounts for the conduct tests: two physicians (Dr. Hale, Dr. Ng), a sales rep and an
 * MSL, and terse builders for agreements, payments and speaker programmes, so that each test states
 * only what its example depends on.
 */
final class ConductFixture {
  private ConductFixture() {}

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
  static final StakeholderId HALE = StakeholderId.of("dr-hale");
  static final StakeholderId NG = StakeholderId.of("dr-ng");
  static final TeamMemberId REP = TeamMemberId.of("rep");
  static final TeamMemberId MSL = TeamMemberId.of("msl");

  static KeyAccount.Builder account() {
    return KeyAccount.builder()
        .account(
            Account.builder()
                .id(AccountId.of("riverside"))
                .name("Riverside Health")
                .kind(AccountKind.HOSPITAL)
                .country("US")
                .build())
        .addStakeholders(
            Stakeholder.builder()
                .id(HALE)
                .name("Dr. Hale")
                .function(StakeholderFunction.CLINICAL)
                .build(),
            Stakeholder.builder()
                .id(NG)
                .name("Dr. Ng")
                .function(StakeholderFunction.CLINICAL)
                .build())
        .addTeam(
            TeamMember.builder().id(REP).name("Sam Rep").function(TeamFunction.SALES).build(),
            TeamMember.builder()
                .id(MSL)
                .name("Mia Liaison")
                .function(TeamFunction.MEDICAL_SCIENCE_LIAISON)
                .build());
  }

  /** A signed, fixed-fee consulting agreement with Dr. Hale, everything fixed on its first day. */
  static ServiceAgreement.Builder agreement(String id, String start) {
    LocalDate first = LocalDate.parse(start);
    return ServiceAgreement.builder()
        .id(ServiceAgreementId.of(id))
        .kind(ServiceKind.CONSULTING)
        .stakeholder(HALE)
        .compensationBasis(CompensationBasis.FIXED_FEE)
        .start(first)
        .signedOn(first)
        .compensationSetOn(first);
  }

  /** A cash payment of {@code amount} (e.g. {@code "1500.00 USD"}) to Dr. Hale. */
  static TransferOfValue.Builder pay(
      String id, String date, String amount, NatureOfPayment nature) {
    return TransferOfValue.builder()
        .id(TransferOfValueId.of(id))
        .date(LocalDate.parse(date))
        .amount(Money.parse(amount))
        .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
        .nature(nature)
        .recipient(HALE);
  }

  /** A consulting fee to Dr. Hale under {@code agreement}. */
  static TransferOfValue fee(String id, String date, String agreement) {
    return pay(id, date, "1500.00 USD", NatureOfPayment.CONSULTING_FEE)
        .agreement(ServiceAgreementId.of(agreement))
        .build();
  }

  /** A speaker programme in a meeting room, chosen by nobody recorded. */
  static SpeakerProgram.Builder talk(String topic) {
    return SpeakerProgram.builder().topic(topic).venue(Venue.MEETING_ROOM);
  }

  /** A completed speaker programme held by the MSL with the given attendees. */
  static Interaction programme(
      String id, String date, SpeakerProgram.Builder program, StakeholderId... attendees) {
    return Interaction.builder()
        .id(InteractionId.of(id))
        .date(LocalDate.parse(date))
        .channel(Channel.IN_PERSON)
        .addTeamMember(MSL)
        .addStakeholders(attendees)
        .purpose("Speaker programme")
        .speakerProgram(program.build())
        .build();
  }

  static List<Finding> check(KeyAccount account) {
    return ConductPack.withDefaults().check(account, AS_OF);
  }

  static List<Finding> check(ConductPolicy policy, KeyAccount account) {
    return ConductPack.of(policy).check(account, AS_OF);
  }

  /** The rule ids found, in order. */
  static List<String> rules(List<Finding> findings) {
    return findings.stream().map(Finding::ruleId).toList();
  }

  /** The findings of the given rules only. */
  static List<Finding> only(List<Finding> findings, String... rules) {
    List<String> wanted = Arrays.asList(rules);
    return findings.stream().filter(f -> wanted.contains(f.ruleId())).toList();
  }

  /** The messages of the given rule's findings. */
  static List<Message> messages(List<Finding> findings, String rule) {
    return only(findings, rule).stream().map(Finding::message).toList();
  }

  /** Dr. Hale, as findings name her. */
  static final Arg HALE_ARG = Arg.of(HALE, "Dr. Hale");

  /** Dr. Hale as the recipient of a transfer. */
  static final Arg TO_HALE = Arg.of(Message.of(ConductCode.RECIPIENT_PERSON, HALE_ARG));

  /** A transfer's id, amount (e.g. {@code "1500.00 USD"}) and day, as findings give them. */
  static Arg[] paid(String id, String amount, String date) {
    return new Arg[] {
      Arg.of(TransferOfValueId.of(id)), Arg.of(Money.parse(amount)), Arg.of(LocalDate.parse(date))
    };
  }

  /** One payment in a list of payments. */
  static Arg payment(String id, String amount, String date) {
    return Arg.of(Message.of(ConductCode.PAYMENT, paid(id, amount, date)));
  }

  /** A consulting agreement with Dr. Hale, as findings name it. */
  static Arg[] consulting(String id) {
    return new Arg[] {Arg.of(ServiceAgreementId.of(id)), Arg.of(ServiceKind.CONSULTING), HALE_ARG};
  }

  /** A message of {@code code} whose arguments are the groups', in order. */
  static Message message(ConductCode code, Arg[]... groups) {
    return Message.of(code, Parts.concat(groups));
  }

  /** Single arguments, as a group. */
  static Arg[] args(Arg... args) {
    return args;
  }
}
