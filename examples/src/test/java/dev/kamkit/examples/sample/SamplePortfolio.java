package dev.kamkit.examples.sample;

import dev.kamkit.json.KamJson;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.account.Ownership;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.DecisionType;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.CompetitorActivity;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.engagement.ThirdPartyKind;
import dev.kamkit.model.engagement.ThirdPartyRecipient;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductCoverage;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.EmploymentBasis;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.Influence;
import dev.kamkit.model.stakeholder.ManufacturerEmployment;
import dev.kamkit.model.stakeholder.Npi;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.efpia.EfpiaCategory;
import dev.kamkit.rules.compliance.efpia.EfpiaFacts;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsFacts;
import dev.kamkit.rules.compliance.openpayments.StatutoryExclusion;
import dev.kamkit.rules.engagement.Factor;
import dev.kamkit.rules.engagement.Rating;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the sample portfolio the report example ships with ({@code
 * examples/src/main/resources/dev/kamkit/examples/sample-portfolio.json}).
 *
 * <p>It is the seed accounts of {@link SeedAccounts} (the twelve-hospital Riverside IDN with its
 * system P&amp;T committee and Vizient affiliation, the retiring prescriber at Harbor Point, the
 * CFO nobody holds at Lakeview, the plan refreshed only before QBRs at Northern Plains, the German
 * academic medical centre), with scenes added from the KAM practice articles and the Open Payments
 * data dictionary:
 *
 * <ul>
 *   <li>a Sunshine-reportable meal series: the Harbor Point rep bought Dr. Walsh lunch at six of
 *       his calls, each under the small-payment threshold, together over the annual aggregate;
 *   <li>an off-label discussion logged by a rep: the same rep discussed Oncoxa in hepatocellular
 *       carcinoma, an indication still in development;
 *   <li>a speaker programme planned at Riverside: the MSL has the chief of oncology speak on
 *       sequencing in second-line colorectal cancer, recorded in oncology and covering Oncoxa's
 *       approved second-line colorectal indication, which the off-label pack holds to the label;
 *   <li>Riverside's pipeline: the system-wide Oncoxa listing in negotiation behind the preferred
 *       listing objective, Oncoxa proposed at Northgate oncology with no objective behind it,
 *       Veniflo qualified at Memorial infusion, and Cardiva lost at Eastfield cardiology to a
 *       competitor's contract;
 *   <li>Riverside's Open Payments records: an advisory board fee related to Oncoxa and the Veniflo
 *       infusion set (covered products, Veniflo with its device identifier) that the chief of
 *       oncology directed to a cancer survivors' charity, and the salary of an oncologist who is a
 *       bona fide employee of the manufacturer, which is not reported; two Veniflo pumps lent to
 *       the Memorial infusion centre for a 60-day evaluation, a statutory exclusion; the advisory
 *       fee's contextual information; the Veniflo objective names the infusion centre it is to be
 *       won in;
 *   <li>a whitespace cell a rep logged for Cardiva in Memorial oncology, naming no indication,
 *       which the grid leaves out because cardiology does not fit the unit's specialty;
 *   <li>Rheinaue's congress support: the EFPIA disclosure categories (registration fees, travel and
 *       accommodation) that the nature of payment does not settle;
 *   <li>competitor activity: at Riverside, syndicated call data has Rivaltis Pharma calling far
 *       more often than ours and Cardionex a little; at Harbor Point, field intelligence has
 *       Rivaltis calling less often than our rep; at Lakeview, field intelligence has Cardionex
 *       calling on the heart institute's cardiologists more often than our rep and KAM, whose six
 *       calls of those two quarters the sample logs, so Riverside has a tier-1 peer to be compared
 *       with;
 *   <li>a regional payer, Great Lakes Community Health Plan, where market access holds the pharmacy
 *       director but nobody holds the medical director who chairs the formulary committee, and host
 *       engagement ratings are kept as the account's facts; its plan was last reviewed at the May
 *       QBR, so the review is overdue;
 *   <li>Northfield Health, a New England system with its academic hospital in Massachusetts and a
 *       community hospital in Vermont, whose transfers walk the two states' rules: a speaker
 *       programme dinner at a non-CME presentation, a permitted gift and a sample ({@link
 *       SampleNewEnglandSystem});
 *   <li>a French university hospital, CHU Val-de-Seine ({@link SampleFrenchCentre}): congress
 *       hospitality declared to the ordre, an authorised advisory fee above the anti-gift law's
 *       threshold, and a third impromptu lunch of the year, no longer négligeable, left undeclared;
 *   <li>an English NHS trust, Severnvale ({@link SampleNhsTrust}): Disclosure UK lawful bases
 *       (consent, legitimate interests), a finance director who is an other relevant decision
 *       maker, and a registrar paid with no lawful basis recorded.
 * </ul>
 *
 * <p>{@link #previousQuarter()} is the same portfolio at the last quarterly review, three months
 * earlier, in {@code sample-portfolio-previous.json}: what the report's review compares against.
 *
 * <p>Run {@code main} from the repository root to rewrite the files after a seed changes; {@code
 * SamplePortfolioTest} fails while a checked-in file differs from what this class writes.
 */
public final class SamplePortfolio {
  /** Where the sample lives, relative to the repository root. */
  public static final Path FILE =
      Path.of("examples/src/main/resources/dev/kamkit/examples/sample-portfolio.json");

  /** Where the previous quarter's sample lives, relative to the repository root. */
  public static final Path PREVIOUS_FILE =
      Path.of("examples/src/main/resources/dev/kamkit/examples/sample-portfolio-previous.json");

  static final ProductId ONCOXA = ProductId.of("oncoxa");
  static final IndicationId ONCOXA_HCC = IndicationId.of("oncoxa-hcc");
  static final IndicationId ONCOXA_CRC = IndicationId.of("oncoxa-crc-2l");
  static final StakeholderId DR_WALSH = StakeholderId.of("harbor-point-dr-walsh");
  static final TeamMemberId OWEN_PRICE = TeamMemberId.of("team-sales-owen-price");
  static final ProductId VENIFLO = ProductId.of("veniflo");
  static final String VENIFLO_DI = "00850012345674";
  static final StakeholderId DR_HALE = StakeholderId.of("riverside-dr-hale");
  static final ObjectiveId VENIFLO_MEMORIAL = ObjectiveId.of("riverside-obj-veniflo-memorial");

  private SamplePortfolio() {}

  /** Rewrites the sample file; run from the repository root. */
  public static void main(String[] args) throws IOException {
    Files.writeString(FILE, json(), StandardCharsets.UTF_8);
    Files.writeString(PREVIOUS_FILE, previousJson(), StandardCharsets.UTF_8);
  }

  /** The previous quarter's sample as a kam-json portfolio document. */
  public static String previousJson() {
    return KamJson.defaults().write(previousQuarter());
  }

  /**
   * The sample as it stood at the last quarterly review, 3 August 2026: see {@link
   * PreviousQuarter}.
   */
  public static Portfolio previousQuarter() {
    return PreviousQuarter.of(portfolio());
  }

  /** The sample as a kam-json portfolio document. */
  public static String json() {
    return KamJson.defaults().write(portfolio());
  }

  /** The sample portfolio. */
  public static Portfolio portfolio() {
    List<KeyAccount> accounts = new ArrayList<>();
    for (KeyAccount account : SeedAccounts.all()) {
      if (account.id().equals(SeedAccounts.HARBOR_POINT)) {
        accounts.add(withCompetitorActivity(withMealsAndOffLabel(account)));
      } else if (account.id().equals(SeedAccounts.LAKEVIEW_REGIONAL)) {
        accounts.add(withCompetitorActivity(withLakeviewCalls(account)));
      } else if (account.id().equals(SeedAccounts.RHEINAUE)) {
        accounts.add(withEfpiaCategories(account));
      } else if (account.id().equals(SeedAccounts.RIVERSIDE_HEALTH)) {
        accounts.add(
            withCompetitorActivity(
                withCommitteeSubmissions(
                    withOpenPayments(
                        withPipeline(withSpeakerProgramme(withSpecialtyMisfit(account)))))));
      } else {
        accounts.add(account);
      }
    }
    accounts.add(regionalPayer(SeedAccounts.riversideHealth()));
    accounts.add(SampleNewEnglandSystem.keyAccount(SeedAccounts.riversideHealth()));
    accounts.add(SampleFrenchCentre.keyAccount());
    accounts.add(SampleNhsTrust.keyAccount());
    List<KeyAccount> withFacts = new ArrayList<>();
    for (KeyAccount account : accounts) {
      withFacts.add(withProductFacts(account));
    }
    return Portfolio.builder().addAllAccounts(withFacts).build();
  }

  /**
   * The facts an Open Payments record needs of each related product, as the manufacturer's
   * compliance team records them: Oncoxa, Cardiva and the Veniflo infusion set are covered
   * products, Veniflo with its device identifier; the competitor's Rivalimab is left unrecorded.
   * Our indications also carry their Great Britain approvals ({@link
   * SampleNhsTrust#withGreatBritainApprovals}). Every account holds the same product, as the
   * portfolio's catalogue requires.
   */
  private static KeyAccount withProductFacts(KeyAccount account) {
    List<Product> products = new ArrayList<>();
    for (Product p : account.products()) {
      products.add(
          p.competitor()
              ? p
              : Product.builder()
                  .from(p)
                  .coverage(ProductCoverage.COVERED)
                  .indications(SampleNhsTrust.withGreatBritainApprovals(p))
                  .deviceIdentifier(
                      p.id().equals(VENIFLO) ? Optional.of(VENIFLO_DI) : p.deviceIdentifier())
                  .build());
    }
    return KeyAccount.builder().from(account).products(products).build();
  }

  /**
   * Riverside's Open Payments scenes: the chief of oncology's fee for the September advisory board
   * on infusion scheduling, related to Oncoxa and the Veniflo set and paid at her request to a
   * cancer survivors' charity; Dr. Hale, a Lakeside oncologist who is also a salaried medical
   * director of the manufacturer, with his October salary, which is not reported; and the Veniflo
   * objective naming the Memorial infusion centre it is to be won in.
   */
  private static KeyAccount withOpenPayments(KeyAccount riverside) {
    StakeholderId chief = StakeholderId.of("riverside-chief-of-oncology");
    TransferOfValue directedFee =
        TransferOfValue.builder()
            .id(TransferOfValueId.of("riverside-tov-advisory-fee-infusion"))
            .date(LocalDate.of(2026, 9, 16))
            .amount(Money.of("2500.00", "USD"))
            .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
            .nature(NatureOfPayment.CONSULTING_FEE)
            .recipient(chief)
            .addRelatedProducts(ONCOXA, VENIFLO)
            .therapeuticArea("Oncology")
            .agreement(ServiceAgreementId.of("riverside-sa-oncology-advisory-2026"))
            .thirdParty(
                ThirdPartyRecipient.builder()
                    .kind(ThirdPartyKind.ENTITY)
                    .name("Riverside Cancer Survivors Fund")
                    .charity(true)
                    .build())
            .description("Advisory board, Oncoxa infusion scheduling; fee donated at her request")
            // the record's Contextual_Information (General Payments Data Dictionary), at most 500
            // characters
            .addFact(
                Fact.of(
                    OpenPaymentsFacts.CONTEXTUAL_INFORMATION,
                    "Advisory board on Oncoxa infusion scheduling, 16 September 2026; fee paid to"
                        + " the Riverside Cancer Survivors Fund at the physician's request"))
            .build();
    Stakeholder hale =
        Stakeholder.builder()
            .id(DR_HALE)
            .name("Dr. Marcus Hale")
            .title("Medical Oncologist; Medical Director, Oncology (manufacturer)")
            .function(StakeholderFunction.CLINICAL)
            .seniority(Seniority.STAFF)
            .influence(Influence.LOW)
            .sentiment(Sentiment.ADVOCATE)
            .site(SiteId.of("riverside-lakeside"))
            .clinicalUnit(ClinicalUnitId.of("riverside-lakeside-oncology"))
            .hcp(
                HcpIdentity.builder()
                    .profession(HcpProfession.PHYSICIAN)
                    .npi(Npi.of("1748392051"))
                    .specialty("Medical Oncology")
                    .addLicenseState("OH")
                    .countryOfPractice("US")
                    .build())
            .manufacturerEmployment(
                ManufacturerEmployment.builder()
                    .basis(EmploymentBasis.EMPLOYEE)
                    .since(LocalDate.of(2025, 7, 1))
                    .build())
            .build();
    TransferOfValue salary =
        TransferOfValue.builder()
            .id(TransferOfValueId.of("riverside-tov-hale-salary-2026-10"))
            .date(LocalDate.of(2026, 10, 30))
            .amount(Money.of("6250.00", "USD"))
            .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
            .nature(NatureOfPayment.SERVICES_OTHER_THAN_CONSULTING)
            .recipient(DR_HALE)
            .employmentCompensation(true)
            .description("October salary, medical director (part time)")
            .build();
    AccountPlan plan = riverside.plan().orElseThrow();
    List<Objective> objectives = new ArrayList<>();
    for (Objective o : plan.objectives()) {
      objectives.add(
          o.id().equals(VENIFLO_MEMORIAL)
              ? Objective.builder()
                  .from(o)
                  .addClinicalUnits(ClinicalUnitId.of("riverside-memorial-infusion"))
                  .build()
              : o);
    }
    // CRMs log device loans under the loan nature; the 60 days make this one the statutory
    // short-term loan exclusion (42 U.S.C. 1320a-7h(e)(10)(B): loans for a trial of 90 days or
    // less), so it is never an Open Payments record
    TransferOfValue pumpLoan =
        TransferOfValue.builder()
            .id(TransferOfValueId.of("riverside-tov-veniflo-evaluation-loan"))
            .date(LocalDate.of(2026, 9, 21))
            .amount(Money.of("4800.00", "USD"))
            .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
            .nature(NatureOfPayment.LONG_TERM_MEDICAL_SUPPLY_OR_DEVICE_LOAN)
            .organisation(riverside.id())
            .addRelatedProduct(VENIFLO)
            .description("Two Veniflo pumps on a 60-day evaluation at the Memorial infusion centre")
            .addFact(
                Fact.of(OpenPaymentsFacts.EXCLUSION, StatutoryExclusion.SHORT_TERM_DEVICE_LOAN))
            .addFact(Fact.of(OpenPaymentsFacts.DEVICE_LOAN_DAYS, 60L))
            .build();
    return KeyAccount.builder()
        .from(riverside)
        .addStakeholders(hale)
        .addTransfersOfValue(directedFee, salary, pumpLoan)
        .plan(AccountPlan.builder().from(plan).objectives(objectives).build())
        .build();
  }

  /**
   * The EFPIA disclosure categories Rheinaue's congress support falls under, which the nature of
   * payment alone does not settle (EFPIA Disclosure Code: contribution to costs of events,
   * registration fees and travel and accommodation): the fellow's registration and her travel to
   * Vienna.
   */
  private static KeyAccount withEfpiaCategories(KeyAccount rheinaue) {
    List<TransferOfValue> transfers = new ArrayList<>();
    for (TransferOfValue t : rheinaue.transfersOfValue()) {
      Optional<EfpiaCategory> category =
          switch (t.id().value()) {
            case "ukr-tov-congress-registration" ->
                Optional.of(EfpiaCategory.EVENT_REGISTRATION_FEES);
            case "ukr-tov-congress-travel" ->
                Optional.of(EfpiaCategory.EVENT_TRAVEL_AND_ACCOMMODATION);
            default -> Optional.empty();
          };
      transfers.add(
          category
              .map(
                  c ->
                      TransferOfValue.builder()
                          .from(t)
                          .addFact(Fact.of(EfpiaFacts.CATEGORY, c))
                          .build())
              .orElse(t));
    }
    return KeyAccount.builder().from(rheinaue).transfersOfValue(transfers).build();
  }

  private static KeyAccount withMealsAndOffLabel(KeyAccount harbor) {
    List<Interaction> calls = harbor.interactions();
    List<TransferOfValue> meals = new ArrayList<>();
    // lunch at every fourth call of 2026: six meals of $24.60 to $27.80
    String[] amounts = {"24.60", "26.10", "25.40", "27.80", "24.90", "26.70"};
    int meal = 0;
    for (Interaction call : calls) {
      if (call.date().getYear() == 2026 && meal < amounts.length && calls.indexOf(call) % 2 == 0) {
        meals.add(
            TransferOfValue.builder()
                .id(TransferOfValueId.of("harbor-point-tov-lunch-" + (meal + 1)))
                .date(call.date())
                .amount(Money.of(amounts[meal], "USD"))
                .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
                .nature(NatureOfPayment.FOOD_AND_BEVERAGE)
                .recipient(DR_WALSH)
                .addRelatedProduct(ONCOXA)
                .interaction(call.id())
                .description("Working lunch during the call")
                .build());
        meal++;
      }
    }
    Interaction offLabel =
        Interaction.builder()
            .id(InteractionId.of("harbor-point-call-hcc"))
            .date(LocalDate.of(2026, 10, 20))
            .channel(Channel.IN_PERSON)
            .addTeamMember(OWEN_PRICE)
            .addStakeholder(DR_WALSH)
            .purpose("Oncoxa product update")
            .rationale("Dr. Walsh asked about liver cancer; rep described early HCC trial data")
            .addProductsDiscussed(ProductDiscussion.of(ONCOXA, Optional.of(ONCOXA_HCC)))
            .build();
    return KeyAccount.builder()
        .from(harbor)
        .addInteraction(offLabel)
        .addAllTransfersOfValue(meals)
        .build();
  }

  /**
   * What the host knows of its competitors' field activity, quarter by quarter, as share of voice
   * reads it (Veeva Business Consulting, "Unlocking True KAM Transformation"). At Riverside,
   * syndicated call data (the kind IQVIA sells) shows Rivaltis Pharma's reps, who hold the system
   * formulary's preferred oncology listing, calling far more often than ours, and Cardionex a
   * little; at Harbor Point, the rep's own field intelligence has Rivaltis calling on Dr. Walsh
   * less often than he does. Each quarter's figure arrives after the quarter ends, so the last
   * review knew only the second quarter's.
   */
  private static KeyAccount withCompetitorActivity(KeyAccount account) {
    String syndicated = "syndicated call data";
    String field = "field intelligence";
    List<CompetitorActivity> activity;
    if (account.id().equals(SeedAccounts.RIVERSIDE_HEALTH)) {
      activity =
          List.of(
              quarter("Rivaltis Pharma", 2, 11, syndicated),
              quarter("Cardionex", 2, 2, syndicated),
              quarter("Rivaltis Pharma", 3, 14, syndicated),
              quarter("Cardionex", 3, 3, syndicated));
    } else if (account.id().equals(SeedAccounts.LAKEVIEW_REGIONAL)) {
      // the heart institute's own competitor: Cardionex calls on the cardiologists
      activity = List.of(quarter("Cardionex", 2, 4, field), quarter("Cardionex", 3, 5, field));
    } else {
      activity =
          List.of(quarter("Rivaltis Pharma", 2, 2, field), quarter("Rivaltis Pharma", 3, 3, field));
    }
    return KeyAccount.copyOf(account).withCompetitorActivity(activity);
  }

  /**
   * Lakeview's call log for the two quarters the competitor figures cover: the rep with the heart
   * failure cardiologists and their nurse navigator, the KAM with the chief of cardiology, about
   * the discharge pathway and the Veniflo standardisation, no product promoted.
   */
  private static KeyAccount withLakeviewCalls(KeyAccount lakeview) {
    TeamMemberId rep = TeamMemberId.of("team-sales-nina-park");
    TeamMemberId kam = TeamMemberId.of("team-kam-jordan-blake");
    // date, who of ours, whom, purpose, documented rationale
    String[][] log = {
      {
        "2026-04-14",
        "rep",
        "lakeview-dr-osei",
        "Heart failure discharge pathway: follow-up",
        "The heart failure clinic asked for the pathway's next steps"
      },
      {
        "2026-05-19",
        "kam",
        "lakeview-chief-of-cardiology",
        "Veniflo standardisation timeline",
        "Account plan objective: the system standard for infusion pumps"
      },
      {
        "2026-06-09",
        "rep",
        "lakeview-hf-nurse-navigator",
        "Discharge education materials",
        "The navigator requested patient education materials"
      },
      {
        "2026-07-21",
        "rep",
        "lakeview-dr-lindqvist",
        "Readmission data review",
        "Shared the system's own readmission figures at his request"
      },
      {
        "2026-08-25",
        "kam",
        "lakeview-chief-of-cardiology",
        "Capital committee submission plan",
        "Account plan objective: the capital committee's pump decision"
      },
      {
        "2026-09-15",
        "rep",
        "lakeview-dr-osei",
        "Heart failure clinic visit",
        "Follow-up on the discharge pathway agreed in April"
      }
    };
    List<Interaction> calls = new ArrayList<>();
    for (String[] call : log) {
      calls.add(
          Interaction.builder()
              .id(InteractionId.of("lakeview-call-" + call[0]))
              .date(LocalDate.parse(call[0]))
              .channel(Channel.IN_PERSON)
              .addTeamMember(call[1].equals("rep") ? rep : kam)
              .addStakeholder(StakeholderId.of(call[2]))
              .purpose(call[3])
              .rationale(call[4])
              .build());
    }
    return KeyAccount.builder().from(lakeview).addAllInteractions(calls).build();
  }

  /** {@code competitor}'s field interactions in quarter {@code q} of 2026, from {@code source}. */
  private static CompetitorActivity quarter(
      String competitor, int q, int interactions, String source) {
    LocalDate start = LocalDate.of(2026, 3 * q - 2, 1);
    return CompetitorActivity.builder()
        .competitor(competitor)
        .start(start)
        .end(start.plusMonths(3).minusDays(1))
        .interactions(interactions)
        .source(source)
        .build();
  }

  /**
   * A speaker programme planned for December at Riverside: chosen and run by medical, in a meeting
   * room with a modest meal, on an approved indication, so the off-label pack finds nothing in it.
   */
  private static KeyAccount withSpeakerProgramme(KeyAccount riverside) {
    TeamMemberId msl = TeamMemberId.of("team-msl-lena-fischer");
    Interaction programme =
        Interaction.builder()
            .id(InteractionId.of("riverside-int-crc-speaker-programme"))
            .date(LocalDate.of(2026, 12, 3))
            .channel(Channel.IN_PERSON)
            .status(InteractionStatus.PLANNED)
            .addTeamMember(msl)
            .addStakeholder(StakeholderId.of("riverside-oncology-pharmacist"))
            .addStakeholder(StakeholderId.of("riverside-oncologist-st-lukes"))
            .purpose("Speaker programme: second-line colorectal cancer")
            .rationale("St. Luke's oncologists asked how peers sequence second-line mCRC therapy")
            .addProductsDiscussed(ProductDiscussion.of(ONCOXA, Optional.of(ONCOXA_CRC)))
            .speakerProgram(
                SpeakerProgram.builder()
                    .topic("Sequencing second-line therapy in metastatic colorectal cancer")
                    .speaker(StakeholderId.of("riverside-chief-of-oncology"))
                    .speakerChosenBy(msl)
                    .venue(Venue.MEETING_ROOM)
                    .mealServed(true)
                    .therapeuticArea("Oncology")
                    .addIndications(ONCOXA_CRC)
                    .build())
            .build();
    return KeyAccount.builder().from(riverside).addInteraction(programme).build();
  }

  /** Riverside's pipeline, as its KAM would keep it in the CRM's opportunities. */
  private static KeyAccount withPipeline(KeyAccount riverside) {
    Opportunity listing =
        opportunity("riverside-opp-oncoxa-system-listing", "Oncoxa preferred listing, system P&T")
            .product(ONCOXA)
            .stage(OpportunityStage.NEGOTIATION)
            .amount(Money.of("1800000.00", "USD"))
            .probability(60)
            .expectedClose(LocalDate.of(2027, 1, 31))
            .owner(TeamMemberId.of("team-kam-jordan-blake"))
            .addObjectives(ObjectiveId.of("riverside-obj-oncoxa-preferred"))
            .build();
    Opportunity northgate =
        opportunity("riverside-opp-oncoxa-northgate", "Oncoxa at Northgate oncology")
            .product(ONCOXA)
            .site(SiteId.of("riverside-northgate"))
            .clinicalUnit(ClinicalUnitId.of("riverside-northgate-oncology"))
            .stage(OpportunityStage.PROPOSAL)
            .amount(Money.of("420000.00", "USD"))
            .probability(40)
            .expectedClose(LocalDate.of(2027, 3, 31))
            .owner(TeamMemberId.of("team-sales-priya-desai"))
            .build();
    Opportunity memorial =
        opportunity("riverside-opp-veniflo-memorial", "Veniflo at Memorial infusion")
            .product(ProductId.of("veniflo"))
            .site(SiteId.of("riverside-memorial"))
            .clinicalUnit(ClinicalUnitId.of("riverside-memorial-infusion"))
            .stage(OpportunityStage.QUALIFIED)
            .amount(Money.of("85000.00", "USD"))
            .expectedClose(LocalDate.of(2027, 6, 30))
            .owner(TeamMemberId.of("team-access-carla-nguyen"))
            .addObjectives(ObjectiveId.of("riverside-obj-veniflo-memorial"))
            .build();
    Opportunity eastfield =
        opportunity("riverside-opp-cardiva-eastfield", "Cardiva at Eastfield cardiology")
            .product(ProductId.of("cardiva"))
            .site(SiteId.of("riverside-eastfield"))
            .clinicalUnit(ClinicalUnitId.of("riverside-eastfield-cardiology"))
            .stage(OpportunityStage.LOST)
            .amount(Money.of("95000.00", "USD"))
            .closedOn(LocalDate.of(2026, 9, 30))
            .lossReason("Competitor contract: Cardiomax")
            .owner(TeamMemberId.of("team-sales-marco-rossi"))
            .build();
    return KeyAccount.builder()
        .from(riverside)
        .addOpportunities(listing, northgate, memorial, eastfield)
        .build();
  }

  /**
   * Riverside's committee submissions, as its KAM tracks them against the committee calendar: the
   * Oncoxa first-line dossier on the System P&amp;T agenda for 11 November; the Veniflo
   * standardisation request at Memorial, whose value analysis meeting of 27 October passed without
   * it (stalled); the colorectal indication, deferred in July until the Northgate evaluation
   * reports; and Cardiva's place in the heart-failure discharge protocol, approved in May. The plan
   * puts revenue on the two objectives the pipeline serves.
   */
  private static KeyAccount withCommitteeSubmissions(KeyAccount riverside) {
    DecisionBodyId systemPt = DecisionBodyId.of("riverside-system-pt");
    CommitteeSubmission nsclc =
        submission("riverside-sub-oncoxa-nsclc", "Oncoxa first-line NSCLC, preferred listing")
            .decisionBody(systemPt)
            .product(ONCOXA)
            .indication(IndicationId.of("oncoxa-nsclc-1l"))
            .sponsor(StakeholderId.of("riverside-oncology-pharmacist"))
            .owner(TeamMemberId.of("team-kam-jordan-blake"))
            .targetMeeting(LocalDate.of(2026, 11, 11))
            .opportunity(OpportunityId.of("riverside-opp-oncoxa-system-listing"))
            .addSteps(
                SubmissionStep.of(SubmissionStage.REQUEST, LocalDate.of(2026, 7, 15)),
                SubmissionStep.of(SubmissionStage.DOSSIER, LocalDate.of(2026, 8, 18)),
                SubmissionStep.of(SubmissionStage.COMMITTEE_REVIEW, LocalDate.of(2026, 10, 14)))
            .build();
    CommitteeSubmission veniflo =
        submission("riverside-sub-veniflo-memorial", "Veniflo standardisation, Memorial infusion")
            .decisionBody(DecisionBodyId.of("riverside-memorial-vac"))
            .product(VENIFLO)
            .indication(IndicationId.of("veniflo-ambulatory-infusion"))
            .site(SiteId.of("riverside-memorial"))
            .sponsor(StakeholderId.of("riverside-infusion-manager"))
            .owner(TeamMemberId.of("team-access-carla-nguyen"))
            .targetMeeting(LocalDate.of(2026, 10, 27))
            .opportunity(OpportunityId.of("riverside-opp-veniflo-memorial"))
            .addSteps(
                SubmissionStep.of(SubmissionStage.REQUEST, LocalDate.of(2026, 8, 12)),
                SubmissionStep.of(SubmissionStage.DOSSIER, LocalDate.of(2026, 9, 16)))
            .build();
    CommitteeSubmission colorectal =
        submission("riverside-sub-oncoxa-crc", "Oncoxa second-line colorectal")
            .decisionBody(systemPt)
            .product(ONCOXA)
            .indication(ONCOXA_CRC)
            .sponsor(StakeholderId.of("riverside-oncology-research-director"))
            .owner(TeamMemberId.of("team-sales-priya-desai"))
            .targetMeeting(LocalDate.of(2027, 1, 13))
            .opportunity(OpportunityId.of("riverside-opp-oncoxa-northgate"))
            .addSteps(
                SubmissionStep.of(SubmissionStage.REQUEST, LocalDate.of(2026, 5, 11)),
                SubmissionStep.of(SubmissionStage.DOSSIER, LocalDate.of(2026, 5, 27)),
                SubmissionStep.of(SubmissionStage.COMMITTEE_REVIEW, LocalDate.of(2026, 6, 24)),
                SubmissionStep.decided(LocalDate.of(2026, 7, 8), SubmissionDecision.DEFERRED),
                SubmissionStep.of(SubmissionStage.CLINICAL_EVALUATION, LocalDate.of(2026, 8, 3)))
            .build();
    CommitteeSubmission cardiva =
        submission("riverside-sub-cardiva-hf-protocol", "Cardiva heart-failure protocol")
            .decisionBody(systemPt)
            .product(ProductId.of("cardiva"))
            .indication(IndicationId.of("cardiva-hfref"))
            .sponsor(StakeholderId.of("riverside-chief-of-cardiology"))
            .owner(TeamMemberId.of("team-sales-marco-rossi"))
            .targetMeeting(LocalDate.of(2026, 5, 13))
            .addSteps(
                SubmissionStep.of(SubmissionStage.REQUEST, LocalDate.of(2026, 1, 12)),
                SubmissionStep.of(SubmissionStage.DOSSIER, LocalDate.of(2026, 2, 9)),
                SubmissionStep.of(SubmissionStage.COMMITTEE_REVIEW, LocalDate.of(2026, 4, 22)),
                SubmissionStep.decided(LocalDate.of(2026, 5, 13), SubmissionDecision.APPROVED))
            .build();
    AccountPlan plan = riverside.plan().orElseThrow();
    List<Objective> objectives = new ArrayList<>();
    for (Objective o : plan.objectives()) {
      Optional<Money> target =
          o.id().equals(ObjectiveId.of("riverside-obj-oncoxa-preferred"))
              ? Optional.of(Money.of("2000000.00", "USD"))
              : o.id().equals(VENIFLO_MEMORIAL)
                  ? Optional.of(Money.of("120000.00", "USD"))
                  : Optional.empty();
      objectives.add(
          target.isEmpty() ? o : Objective.builder().from(o).revenueTarget(target).build());
    }
    return KeyAccount.builder()
        .from(riverside)
        .addCommitteeSubmissions(nsclc, veniflo, colorectal, cardiva)
        .plan(AccountPlan.builder().from(plan).objectives(objectives).build())
        .build();
  }

  private static CommitteeSubmission.Builder submission(String id, String name) {
    return CommitteeSubmission.builder().id(CommitteeSubmissionId.of(id)).name(name);
  }

  private static Opportunity.Builder opportunity(String id, String name) {
    return Opportunity.builder().id(OpportunityId.of(id)).name(name);
  }

  /**
   * Great Lakes Community Health Plan, a regional payer: its formulary committee lists Oncoxa as
   * restricted, market access holds the pharmacy director, and the medical director who chairs the
   * committee is held by nobody.
   */
  static KeyAccount regionalPayer(KeyAccount riverside) {
    AccountId id = AccountId.of("great-lakes-health-plan");
    DecisionBodyId committee = DecisionBodyId.of("great-lakes-pt");
    TeamMember carla = riverside.teamMember(TeamMemberId.of("team-access-carla-nguyen")).get();
    StakeholderId pharmacy = StakeholderId.of("great-lakes-pharmacy-director");
    StakeholderId medical = StakeholderId.of("great-lakes-medical-director");
    StakeholderId contracting = StakeholderId.of("great-lakes-vp-contracting");
    return KeyAccount.builder()
        .account(
            Account.builder()
                .id(id)
                .name("Great Lakes Community Health Plan")
                .kind(AccountKind.PAYER)
                .country("US")
                .region("OH")
                .tier(AccountTier.TIER_2)
                .profile(AccountProfile.builder().ownership(Ownership.NOT_FOR_PROFIT).build())
                .addFact(Fact.of(Factor.PATIENT_POPULATION.fact(), Rating.HIGH))
                .addFact(Fact.of(Factor.UNMET_NEED.fact(), Rating.MEDIUM))
                .addFact(Fact.of(Factor.DIFFERENTIATION.fact(), Rating.MEDIUM))
                .addFact(Fact.of(Factor.PAYER_AFFORDABILITY_PRESSURE.fact(), Rating.VERY_HIGH))
                .addFact(Fact.of(Factor.COMPETITIVE_INTENSITY.fact(), Rating.HIGH))
                .build())
        .addDecisionBody(
            DecisionBody.builder()
                .id(committee)
                .name("Great Lakes P&T Committee")
                .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
                .scope(DecisionScope.SYSTEM)
                .addDecision(DecisionType.FORMULARY_LISTING)
                .addMeetingDates(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 12, 10))
                .build())
        .addStakeholders(
            Stakeholder.builder()
                .id(pharmacy)
                .name("Rachel Kim, PharmD")
                .title("Director of Pharmacy Benefit")
                .function(StakeholderFunction.PAYER)
                .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
                .seniority(Seniority.SENIOR_LEADER)
                .influence(Influence.HIGH)
                .sentiment(Sentiment.SUPPORTER)
                .addCommitteeMembership(
                    CommitteeMembership.of(committee, CommitteeRole.VOTING_MEMBER))
                .hcp(
                    HcpIdentity.builder()
                        .profession(HcpProfession.PHARMACIST)
                        .addLicenseState("OH")
                        .countryOfPractice("US")
                        .build())
                .build(),
            Stakeholder.builder()
                .id(medical)
                .name("Dr. Howard Bishop")
                .title("Chief Medical Officer")
                .function(StakeholderFunction.PAYER)
                .addBuyingRole(BuyingRole.BLOCKER)
                .seniority(Seniority.EXECUTIVE)
                .influence(Influence.DECISIVE)
                .sentiment(Sentiment.SCEPTIC)
                .addCommitteeMembership(CommitteeMembership.of(committee, CommitteeRole.CHAIR))
                .hcp(
                    HcpIdentity.builder()
                        .profession(HcpProfession.PHYSICIAN)
                        .npi(Npi.of("1245319599"))
                        .specialty("Internal Medicine")
                        .addLicenseState("OH")
                        .countryOfPractice("US")
                        .build())
                .build(),
            Stakeholder.builder()
                .id(contracting)
                .name("Laura Meyers")
                .title("VP Pharmacy Contracting")
                .function(StakeholderFunction.PAYER)
                .addBuyingRole(BuyingRole.ECONOMIC_BUYER)
                .seniority(Seniority.SENIOR_LEADER)
                .influence(Influence.HIGH)
                .sentiment(Sentiment.NEUTRAL)
                .build())
        .addTeam(carla)
        .addRelationship(
            Relationship.builder()
                .teamMember(carla.id())
                .stakeholder(pharmacy)
                .strength(RelationshipStrength.WORKING)
                .since(LocalDate.of(2024, 3, 1))
                .lastInteraction(LocalDate.of(2026, 10, 8))
                .build())
        .addRelationship(
            Relationship.builder()
                .teamMember(carla.id())
                .stakeholder(contracting)
                .strength(RelationshipStrength.ACQUAINTED)
                .since(LocalDate.of(2025, 2, 1))
                .lastInteraction(LocalDate.of(2026, 6, 30))
                .build())
        .addProduct(riverside.product(ONCOXA).get())
        .addFormulary(
            FormularyEntry.builder()
                .product(ONCOXA)
                .status(FormularyStatus.RESTRICTED)
                .effectiveFrom(LocalDate.of(2025, 1, 1))
                .decidedBy(committee)
                .build())
        .plan(
            AccountPlan.builder()
                .name("Great Lakes 2026 access plan")
                .status(PlanStatus.ACTIVE)
                .owner(carla.id())
                .addObjective(
                    Objective.builder()
                        .id(ObjectiveId.of("great-lakes-obj-step-edit"))
                        .title("Remove the step edit on first-line Oncoxa")
                        .measure("Oncoxa listed without step therapy in the 2027 formulary")
                        .dueDate(LocalDate.of(2026, 12, 31))
                        .owner(carla.id())
                        .product(ONCOXA)
                        .build())
                .addUpdate(LocalDate.of(2026, 8, 4))
                // last reviewed at the May QBR: a quarterly cadence makes the review overdue
                .addReview(LocalDate.of(2026, 5, 12))
                .build())
        .build();
  }

  /**
   * A rep's idea logged as whitespace: Cardiva in Memorial's oncology unit (cardio-oncology),
   * naming no indication. Cardiva's cardiology area does not fit the oncology specialty, so the
   * grid does not propose it as expansion.
   */
  private static KeyAccount withSpecialtyMisfit(KeyAccount riverside) {
    return KeyAccount.builder()
        .from(riverside)
        .addWhitespace(
            WhitespaceCell.builder()
                .product(ProductId.of("cardiva"))
                .clinicalUnit(ClinicalUnitId.of("riverside-memorial-oncology"))
                .status(WhitespaceStatus.OPEN)
                .build())
        .build();
  }
}
