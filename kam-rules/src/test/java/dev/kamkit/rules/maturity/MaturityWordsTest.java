package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.fixtures.Riverside;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Golden renderings that pin this package's words in English, German and French: Riverside at stage
 * 2, explained in full. The names of the model's enums (team functions, plan status) come from the
 * model's bundle and are looked up, not pinned here.
 */
class MaturityWordsTest {
  private static final MaturityResult STAGE_2 =
      MaturityClassifier.withDefaults().classify(Riverside.atStage(2).build(), AS_OF);
  private static final RelationshipStageResult COOPERATIVE =
      RelationshipStageClassifier.withDefaults().classify(Riverside.atStage(2).build(), AS_OF);

  /** The display names as they read mid-sentence: lower-cased in English and French, not German. */
  private static String names(Locale locale, Enum<?>... values) {
    Messages words = Messages.in(locale);
    return Arrays.stream(values)
        .map(words::name)
        .map(
            name ->
                locale.equals(Locale.GERMAN) || Character.isUpperCase(name.charAt(1))
                    ? name
                    : name.substring(0, 1).toLowerCase(locale) + name.substring(1))
        .collect(Collectors.joining(", "));
  }

  private static String team(Locale l) {
    return names(
        l,
        TeamFunction.KEY_ACCOUNT_MANAGER,
        TeamFunction.MARKET_ACCESS,
        TeamFunction.MEDICAL_SCIENCE_LIAISON,
        TeamFunction.SALES);
  }

  private static String theirs(Locale l) {
    return names(
        l, StakeholderFunction.CLINICAL, StakeholderFunction.PAYER, StakeholderFunction.PHARMACY);
  }

  @Test
  void inEnglish() {
    Locale l = Locale.ENGLISH;
    assertEquals(
        "Riverside Health (riverside): KAM maturity stage 2 (Aligned roles) as of 2026-11-22"
            + " [policy kamkit-maturity-1]\n"
            + "  Stage 1 holds:\n"
            + "    [met] A named key account manager: Named KAM: kam\n"
            + "    [met] The KAM actively works the account: The KAM actively holds 1 stakeholder\n"
            + "  Stage 2 holds:\n"
            + "    [met] One account plan for all roles: Account plan \"Riverside 2027\" is "
            + names(l, PlanStatus.DRAFT)
            + "\n"
            + "    [met] A cross-functional account team: The team spans 4 functions ("
            + team(l)
            + ")\n"
            + "    [met] Roles work to shared objectives: 2 functions ("
            + names(l, TeamFunction.KEY_ACCOUNT_MANAGER, TeamFunction.MARKET_ACCESS)
            + ") work to the plan's 1 objective\n"
            + "  Missing for stage 3 (Coordinated team):\n"
            + "    - Segment the account by its needs: record the account's needs and assign its"
            + " needs-based segment\n"
            + "    - 0 actions are tied to a named need; at least 2 should be: tie tactics to the"
            + " needs\n"
            + "    - No need is recorded for the team to coordinate on\n"
            + "  Already in place for later stages:\n"
            + "    [met] A current plan, not theatre: Last updated 2026-11-15 (7 days ago; limit"
            + " 90); no sign of plan rot",
        STAGE_2.explain());
    assertEquals(STAGE_2.explain(), STAGE_2.explain(l));
    assertEquals(
        "Riverside Health (riverside): relationship cooperative as of 2026-11-22"
            + " [policy kamkit-relationship-1]\n"
            + "  Contacts: multi-contact, 4 active links between 4 of ours ("
            + team(l)
            + ") and 3 of theirs ("
            + theirs(l)
            + ")\n"
            + "  [STRENGTH] Trading: 1 whitespace cell sold\n"
            + "  [STRENGTH] Several people in touch on each side\n"
            + "  To move up:\n"
            + "    - Build the diamond of peer contacts: 2 more active links",
        COOPERATIVE.explain());
  }

  @Test
  void inGerman() {
    Locale l = Locale.GERMAN;
    assertEquals(
        "Riverside Health (riverside): KAM-Reifegrad Stufe 2 (Abgestimmte Rollen), Stand"
            + " 22.11.2026 [Richtlinie kamkit-maturity-1]\n"
            + "  Stufe 1 ist erreicht:\n"
            + "    [erfüllt] Ein benannter Key Account Manager: Benannter KAM: kam\n"
            + "    [erfüllt] Der KAM betreut den Account aktiv: Der KAM hält aktiv Kontakt zu 1"
            + " Stakeholder\n"
            + "  Stufe 2 ist erreicht:\n"
            + "    [erfüllt] Ein Account-Plan für alle Rollen: Account-Plan „Riverside 2027“ ist "
            + names(l, PlanStatus.DRAFT)
            + "\n"
            + "    [erfüllt] Ein funktionsübergreifendes Account-Team: Das Team umfasst 4"
            + " Funktionen ("
            + team(l)
            + ")\n"
            + "    [erfüllt] Die Rollen arbeiten auf gemeinsame Ziele hin: 2 Funktionen ("
            + names(l, TeamFunction.KEY_ACCOUNT_MANAGER, TeamFunction.MARKET_ACCESS)
            + ") arbeiten auf das eine Ziel des Plans hin\n"
            + "  Es fehlt für Stufe 3 (Koordiniertes Team):\n"
            + "    - Segmentieren Sie den Account nach seinen Bedarfen: erfassen Sie die Bedarfe"
            + " des Accounts und ordnen Sie ihm sein bedarfsbasiertes Segment zu\n"
            + "    - Keine Maßnahme ist an einen benannten Bedarf geknüpft; mindestens 2 sollten es"
            + " sein: knüpfen Sie die Maßnahmen an die Bedarfe\n"
            + "    - Es ist kein Bedarf erfasst, auf den sich das Team abstimmen könnte\n"
            + "  Bereits erfüllt für spätere Stufen:\n"
            + "    [erfüllt] Ein aktueller Plan, kein Papiertiger: Zuletzt aktualisiert am"
            + " 15.11.2026 (vor 7 Tagen; Grenze 90); keine Anzeichen eines veralteten Plans",
        STAGE_2.explain(l));
    assertEquals(
        "Riverside Health (riverside): Beziehungsstufe kooperativ, Stand 22.11.2026"
            + " [Richtlinie kamkit-relationship-1]\n"
            + "  Kontakte: Mehrfachkontakt, 4 aktive Verbindungen zwischen 4 von uns ("
            + team(l)
            + ") und 3 auf Kundenseite ("
            + theirs(l)
            + ")\n"
            + "  [STÄRKE] Geschäftsbeziehung: 1 Whitespace-Feld verkauft\n"
            + "  [STÄRKE] Mehrere Personen auf jeder Seite in Kontakt\n"
            + "  Für die nächste Stufe:\n"
            + "    - Den Diamanten aus Kontakten auf Augenhöhe aufbauen: 2 weitere aktive"
            + " Verbindungen",
        COOPERATIVE.explain(l));
  }

  @Test
  void inFrench() {
    Locale l = Locale.FRENCH;
    assertEquals(
        "Riverside Health (riverside) : maturité KAM stade 2 (Rôles alignés) au 22/11/2026"
            + " [règles kamkit-maturity-1]\n"
            + "  Le stade 1 est atteint :\n"
            + "    [rempli] Un Key Account Manager désigné : KAM désigné : kam\n"
            + "    [rempli] Le KAM travaille activement le compte : Le KAM entretient activement la"
            + " relation avec 1 partie prenante\n"
            + "  Le stade 2 est atteint :\n"
            + "    [rempli] Un seul plan de compte pour tous les rôles : Le plan de compte"
            + " « Riverside 2027 » est au statut "
            + names(l, PlanStatus.DRAFT)
            + "\n"
            + "    [rempli] Une équipe compte transverse : L’équipe couvre 4 fonctions ("
            + team(l)
            + ")\n"
            + "    [rempli] Les rôles travaillent à des objectifs communs : 2 fonctions ("
            + names(l, TeamFunction.KEY_ACCOUNT_MANAGER, TeamFunction.MARKET_ACCESS)
            + ") travaillent à l’objectif unique du plan\n"
            + "  Il manque pour le stade 3 (Équipe coordonnée) :\n"
            + "    - Segmentez le compte selon ses besoins : recensez les besoins du compte et"
            + " attribuez-lui son segment par les besoins\n"
            + "    - Aucune action n’est rattachée à un besoin identifié ; il en faudrait au moins"
            + " 2 : rattachez les actions aux besoins\n"
            + "    - Aucun besoin n’est recensé sur lequel l’équipe pourrait se coordonner\n"
            + "  Déjà en place pour les stades suivants :\n"
            + "    [rempli] Un plan à jour, pas une vitrine : Dernière mise à jour le 15/11/2026"
            + " (il y a 7 jours ; limite 90) ; aucun signe de plan laissé à l’abandon",
        STAGE_2.explain(l));
    assertEquals(
        "Riverside Health (riverside) : relation coopérative au 22/11/2026"
            + " [règles kamkit-relationship-1]\n"
            + "  Contacts : multi-contacts, 4 liens actifs entre 4 des nôtres ("
            + team(l)
            + ") et 3 côté client ("
            + theirs(l)
            + ")\n"
            + "  [ATOUT] Affaires en cours : 1 case de whitespace vendue\n"
            + "  [ATOUT] Plusieurs personnes en contact de chaque côté\n"
            + "  Pour monter d’un stade :\n"
            + "    - Construisez le diamant de contacts entre pairs : 2 liens actifs de plus",
        COOPERATIVE.explain(l));
  }

  @Test
  void aPortfolioInEveryLanguage() {
    PortfolioMaturity portfolio =
        MaturityClassifier.withDefaults()
            .summarise(
                java.util.List.of(
                    MaturityClassifier.withDefaults()
                        .classify(Riverside.atStage(1).build(), AS_OF)),
                AS_OF);
    assertEquals(
        "KAM maturity across 1 account\n"
            + "  No stage (Not yet KAM): 0\n"
            + "  Stage 1 (Dedicated resources): 1 (riverside)\n"
            + "  Stage 2 (Aligned roles): 0\n"
            + "  Stage 3 (Coordinated team): 0\n"
            + "  Stage 4 (Strategic account plan): 0\n"
            + "  Stage 5 (Trusted partner): 0",
        portfolio.explain());
    assertEquals(
        "KAM-Reifegrad über 1 Account\n"
            + "  Keine Stufe (Noch kein KAM): 0\n"
            + "  Stufe 1 (Dedizierte Ressourcen): 1 (riverside)\n"
            + "  Stufe 2 (Abgestimmte Rollen): 0\n"
            + "  Stufe 3 (Koordiniertes Team): 0\n"
            + "  Stufe 4 (Strategischer Account-Plan): 0\n"
            + "  Stufe 5 (Vertrauenspartner): 0",
        portfolio.explain(Locale.GERMAN));
    assertEquals(
        "Maturité KAM sur 1 compte\n"
            + "  Aucun stade (Pas encore de KAM) : 0\n"
            + "  Stade 1 (Ressources dédiées) : 1 (riverside)\n"
            + "  Stade 2 (Rôles alignés) : 0\n"
            + "  Stade 3 (Équipe coordonnée) : 0\n"
            + "  Stade 4 (Plan de compte stratégique) : 0\n"
            + "  Stade 5 (Partenaire de confiance) : 0",
        portfolio.explain(Locale.FRENCH));
  }
}
