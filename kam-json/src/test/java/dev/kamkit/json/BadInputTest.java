package dev.kamkit.json;

import static dev.kamkit.json.format.ProblemKind.BROKEN_REFERENCE;
import static dev.kamkit.json.format.ProblemKind.DOCUMENT_KIND;
import static dev.kamkit.json.format.ProblemKind.INVALID_VALUE;
import static dev.kamkit.json.format.ProblemKind.MALFORMED_JSON;
import static dev.kamkit.json.format.ProblemKind.MISSING_PROPERTY;
import static dev.kamkit.json.format.ProblemKind.MODEL_VIOLATION;
import static dev.kamkit.json.format.ProblemKind.UNKNOWN_ENUM_VALUE;
import static dev.kamkit.json.format.ProblemKind.UNKNOWN_PROPERTY;
import static dev.kamkit.json.format.ProblemKind.VERSION;
import static dev.kamkit.json.format.ProblemKind.WRONG_TYPE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of broken and hostile documents, each with the exact problem kind, JSON Pointer and
 * message the reader must report. Inputs use single quotes for readability; they become double
 * quotes before reading. These messages are part of the format's contract with producers: change
 * them on purpose only.
 */
class BadInputTest {
  private static final String DOC = "{'kamkit':'account','version':'1.0',";
  private static final String RESULTS = "{'kamkit':'results','version':'2.0','asOf':'2026-11-02',";

  /** A tier whose one reason is {@code reason}, a reason object's properties without braces. */
  private static final String TIER_REASON =
      RESULTS
          + "'accounts':[{'account':'a','tier':{'accountName':'A','policyVersion':'1',"
          + "'keptByHysteresis':false,'reasons':[{%s,'effect':'STRENGTH'}]}}]}";

  private static final String KEPT =
      "'code':'tiering.tier.kept','args':{'tier':{'enum':'dev.kamkit.model.account.AccountTier',"
          + "'value':'TIER_2'},'band':{'number':'5.0'}}";
  private static final String REASON_AT = "/accounts/0/tier/reasons/0";
  private static final String ACCOUNT =
      "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'}";

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void reportsTheProblemWhereItIs(
      String name, String input, ProblemKind kind, String pointer, String message) {
    KamJsonException e =
        assertThrows(
            KamJsonException.class, () -> KamJson.defaults().read(input.replace('\'', '"')));
    assertAll(
        () -> assertEquals(message, e.getMessage()),
        () -> assertEquals(kind, e.kind()),
        () -> assertEquals(pointer, e.pointer()),
        () -> assertEquals(1, e.problems().size()));
  }

  static Stream<Arguments> table() {
    return Stream.of(
        row(
            "empty input",
            "",
            MALFORMED_JSON,
            "",
            "(document root): malformed JSON; expected a JSON object, found no content"),
        row(
            "unclosed object",
            "{",
            MALFORMED_JSON,
            "",
            "(document root): malformed JSON; expected well-formed JSON (RFC 8259), found "
                + "Unexpected end-of-input: expected close marker for Object (line 1, column 2)"),
        row(
            "content after the document",
            "{'kamkit':'account','version':'1.0'," + ACCOUNT + "} []",
            MALFORMED_JSON,
            "",
            "(document root): malformed JSON; expected the end of the input after the "
                + "document, found more content, starting with \"[\""),
        row(
            "duplicate property",
            "{'kamkit':'account','kamkit':'account'}",
            MALFORMED_JSON,
            "/kamkit",
            "/kamkit: malformed JSON; expected each property name at most once in an "
                + "object, found a second \"kamkit\""),
        row(
            "not an object",
            "[1, 2]",
            WRONG_TYPE,
            "",
            "(document root): wrong type; expected a kamkit document (a JSON object), "
                + "found an array"),
        row(
            "no kind",
            "{'version':'1.0'}",
            DOCUMENT_KIND,
            "/kamkit",
            "/kamkit: not a kamkit document of the expected kind; expected one of "
                + "\"account\", \"portfolio\", \"results\", found nothing"),
        row(
            "unknown kind",
            "{'kamkit':'report','version':'1.0'}",
            DOCUMENT_KIND,
            "/kamkit",
            "/kamkit: not a kamkit document of the expected kind; expected one of "
                + "\"account\", \"portfolio\", \"results\", found text \"report\""),
        row(
            "kind not text",
            "{'kamkit':1,'version':'1.0'}",
            DOCUMENT_KIND,
            "/kamkit",
            "/kamkit: not a kamkit document of the expected kind; expected one of "
                + "\"account\", \"portfolio\", \"results\", found the number 1"),
        row(
            "no version",
            "{'kamkit':'account'}",
            VERSION,
            "/version",
            "/version: unsupported format version; expected the format version as text "
                + "\"MAJOR.MINOR\", such as \"1.4\", found nothing"),
        row(
            "version without minor",
            "{'kamkit':'account','version':'1'}",
            VERSION,
            "/version",
            "/version: unsupported format version; expected the format version as text "
                + "\"MAJOR.MINOR\", such as \"1.4\", found text \"1\""),
        row(
            "newer major version",
            "{'kamkit':'account','version':'2.0'}",
            VERSION,
            "/version",
            "/version: unsupported format version; expected a 1.x version (this reader "
                + "reads format 1.4), found text \"2.0\""),
        row(
            "newer minor version, strict",
            "{'kamkit':'account','version':'1.5'}",
            VERSION,
            "/version",
            "/version: unsupported format version; expected version 1.4 or older (read "
                + "newer minor versions with ReadMode.LENIENT, which keeps the properties it "
                + "does not know), found text \"1.5\""),
        row(
            "no account",
            "{'kamkit':'account','version':'1.0'}",
            MISSING_PROPERTY,
            "/account",
            "/account: missing required property; expected an account object, found nothing"),
        row(
            "account not an object",
            "{'kamkit':'account','version':'1.0','account':'lsh'}",
            WRONG_TYPE,
            "/account",
            "/account: wrong type; expected an account object, found text \"lsh\""),
        row(
            "name not text",
            DOC + "'account':{'id':'a','name':7,'kind':'HOSPITAL','country':'US'}}",
            WRONG_TYPE,
            "/account/name",
            "/account/name: wrong type; expected text, found the number 7"),
        row(
            "name null",
            DOC + "'account':{'id':'a','name':null,'kind':'HOSPITAL','country':'US'}}",
            WRONG_TYPE,
            "/account/name",
            "/account/name: wrong type; expected text, found null"),
        row(
            "unknown property",
            DOC + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US','bedz':3}}",
            UNKNOWN_PROPERTY,
            "/account/bedz",
            "/account/bedz: unknown property; expected one of id, name, kind, parent, "
                + "country, region, sites, profile, tier, facts, attributes, found \"bedz\""),
        row(
            "unknown enum value",
            DOC + "'account':{'id':'a','name':'A','kind':'IDN','country':'US'}}",
            UNKNOWN_ENUM_VALUE,
            "/account/kind",
            "/account/kind: unknown value; expected one of INTEGRATED_DELIVERY_NETWORK, "
                + "ACADEMIC_MEDICAL_CENTRE, HOSPITAL, CLINIC, PHYSICIAN_PRACTICE, PAYER, "
                + "ACCOUNTABLE_CARE_ORGANISATION, GROUP_PURCHASING_ORGANISATION, PHARMACY_CHAIN, "
                + "WHOLESALER, HEALTH_AUTHORITY, OTHER, found text \"IDN\""),
        row(
            "enum value in the wrong case",
            DOC
                + "'account':{'id':'a','name':'A','kind':'integrated-delivery-network',"
                + "'country':'US'}}",
            UNKNOWN_ENUM_VALUE,
            "/account/kind",
            "/account/kind: unknown value; expected one of INTEGRATED_DELIVERY_NETWORK, "
                + "ACADEMIC_MEDICAL_CENTRE, HOSPITAL, CLINIC, PHYSICIAN_PRACTICE, PAYER, "
                + "ACCOUNTABLE_CARE_ORGANISATION, GROUP_PURCHASING_ORGANISATION, PHARMACY_CHAIN, "
                + "WHOLESALER, HEALTH_AUTHORITY, OTHER, found text "
                + "\"integrated-delivery-network\" (did you mean INTEGRATED_DELIVERY_NETWORK?)"),
        row(
            "impossible date",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'},"
                + "'team':[{'id':'t','name':'T','function':'SALES','leftOn':'2027-02-30'}]}",
            INVALID_VALUE,
            "/team/0/leftOn",
            "/team/0/leftOn: invalid value; expected a calendar date as YYYY-MM-DD (ISO "
                + "8601), such as \"2027-03-31\", found text \"2027-02-30\""),
        row(
            "date as a number",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'},"
                + "'team':[{'id':'t','name':'T','function':'SALES','leftOn':20270101}]}",
            WRONG_TYPE,
            "/team/0/leftOn",
            "/team/0/leftOn: wrong type; expected a date as text, YYYY-MM-DD, found the "
                + "number 20270101"),
        row(
            "amount as a JSON number",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US',"
                + "'profile':{'contracts':[{'id':'c','name':'C','kind':'GPO','status':'ACTIVE',"
                + "'start':'2026-01-01','end':'2026-12-31','value':{'amount':125.5,"
                + "'currency':'USD'}}]}}}",
            WRONG_TYPE,
            "/account/profile/contracts/0/value/amount",
            "/account/profile/contracts/0/value/amount: wrong type; expected a decimal "
                + "number written as a string, such as \"12.50\", found the number 125.5"),
        row(
            "amount with an exponent",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US',"
                + "'profile':{'contracts':[{'id':'c','name':'C','kind':'GPO','status':'ACTIVE',"
                + "'start':'2026-01-01','end':'2026-12-31','value':{'amount':'1e3',"
                + "'currency':'USD'}}]}}}",
            INVALID_VALUE,
            "/account/profile/contracts/0/value/amount",
            "/account/profile/contracts/0/value/amount: invalid value; expected plain "
                + "decimal text: digits, optionally a '-' and a '.' (no exponent), found text "
                + "\"1e3\""),
        row(
            "amount finer than the currency",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US',"
                + "'profile':{'contracts':[{'id':'c','name':'C','kind':'GPO','status':'ACTIVE',"
                + "'start':'2026-01-01','end':'2026-12-31','value':{'amount':'125.5',"
                + "'currency':'JPY'}}]}}}",
            MODEL_VIOLATION,
            "/account/profile/contracts/0/value/amount",
            "/account/profile/contracts/0/value/amount: has more decimal places than JPY "
                + "allows (0); found 125.5 JPY"),
        row(
            "unknown currency",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US',"
                + "'profile':{'contracts':[{'id':'c','name':'C','kind':'GPO','status':'ACTIVE',"
                + "'start':'2026-01-01','end':'2026-12-31','value':{'amount':'125',"
                + "'currency':'XYZ'}}]}}}",
            INVALID_VALUE,
            "/account/profile/contracts/0/value/currency",
            "/account/profile/contracts/0/value/currency: invalid value; expected an ISO "
                + "4217 currency code such as \"USD\" or \"EUR\", found text \"XYZ\""),
        row(
            "enum value not text",
            DOC + "'account':{'id':'a','name':'A','kind':3,'country':'US'}}",
            WRONG_TYPE,
            "/account/kind",
            "/account/kind: wrong type; expected one of INTEGRATED_DELIVERY_NETWORK, "
                + "ACADEMIC_MEDICAL_CENTRE, HOSPITAL, CLINIC, PHYSICIAN_PRACTICE, PAYER, "
                + "ACCOUNTABLE_CARE_ORGANISATION, GROUP_PURCHASING_ORGANISATION, PHARMACY_CHAIN, "
                + "WHOLESALER, HEALTH_AUTHORITY, OTHER, found the number 3"),
        row(
            "fraction where an integer belongs",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US',"
                + "'profile':{'beds':1.5}}}",
            WRONG_TYPE,
            "/account/profile/beds",
            "/account/profile/beds: wrong type; expected an integer, found the number 1.5"),
        row(
            "integer out of range",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US',"
                + "'profile':{'beds':10000000000}}}",
            INVALID_VALUE,
            "/account/profile/beds",
            "/account/profile/beds: invalid value; expected an integer from -2147483648 to "
                + "2147483647, found the number 10000000000"),
        row(
            "blank id",
            DOC + "'account':{'id':'  ','name':'A','kind':'HOSPITAL','country':'US'}}",
            INVALID_VALUE,
            "/account/id",
            "/account/id: invalid value; expected an id of 1 to 255 characters without "
                + "control characters or leading or trailing whitespace, found text \"  \", "
                + "which must not be blank"),
        row(
            "bad NPI check digit",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'},"
                + "'stakeholders':[{'id':'s','name':'S','function':'CLINICAL',"
                + "'hcp':{'profession':'PHYSICIAN','npi':'1234567890'}}]}",
            INVALID_VALUE,
            "/stakeholders/0/hcp/npi",
            "/stakeholders/0/hcp/npi: invalid value; expected a ten-digit NPI whose last "
                + "digit is its check digit, found text \"1234567890\", which fails the NPI "
                + "check digit (expected 3 as the last digit)"),
        row(
            "value twice in a set",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'},"
                + "'stakeholders':[{'id':'s','name':'S','function':'CLINICAL',"
                + "'buyingRoles':['USER','BLOCKER','USER']}]}",
            INVALID_VALUE,
            "/stakeholders/0/buyingRoles/2",
            "/stakeholders/0/buyingRoles/2: invalid value; expected each value at most "
                + "once in this set, found text \"USER\""),
        row(
            "model rule on one field",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'},"
                + "'stakeholders':[{'id':'s','name':'S','function':'CLINICAL',"
                + "'departureDate':'2027-03-31'}]}",
            MODEL_VIOLATION,
            "/stakeholders/0/departureDate",
            "/stakeholders/0/departureDate: is only recorded for a retiring or departed "
                + "stakeholder, not one who is "
                // the status is worded by the stakeholder package's bundle
                + Messages.english().name(StakeholderStatus.ACTIVE)
                + "; found 2027-03-31"),
        row(
            "model rule across fields",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'},"
                + "'decisionBodies':[{'id':'pt','name':'P&T','kind':'PHARMACY_AND_THERAPEUTICS',"
                + "'scope':'SITE'}]}",
            MODEL_VIOLATION,
            "/decisionBodies/0/site",
            "/decisionBodies/0/site: is required for a site-level body; found nothing"),
        row(
            "duplicate id",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'},"
                + "'stakeholders':[{'id':'s','name':'S','function':'CLINICAL'},{'id':'s',"
                + "'name':'T','function':'FINANCE'}]}",
            MODEL_VIOLATION,
            "/stakeholders/1/id",
            "/stakeholders/1/id: is used by more than one element; ids must be unique; "
                + "found s"),
        row(
            "reporting cycle",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'},"
                + "'stakeholders':[{'id':'s1','name':'S','function':'CLINICAL','reportsTo':'s2'},"
                + "{'id':'s2','name':'T','function':'FINANCE','reportsTo':'s1'}]}",
            MODEL_VIOLATION,
            "/stakeholders/0/reportsTo",
            "/stakeholders/0/reportsTo: reporting lines form a cycle: [s1, s2]; found s2"),
        row(
            "broken reference",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'},"
                + "'stakeholders':[{'id':'s','name':'S','function':'CLINICAL','site':'nowhere'}]}",
            BROKEN_REFERENCE,
            "/stakeholders/0/site",
            "/stakeholders/0/site: refers to a site that is not in this account; found "
                + "nowhere"),
        row(
            "target list built by someone not on the team",
            DOC
                + ACCOUNT
                + ",'stakeholders':[{'id':'s','name':'S','function':'CLINICAL'}],"
                + "'targetLists':[{'id':'t','name':'T','builtBy':'ghost','stakeholders':['s']}]}",
            BROKEN_REFERENCE,
            "/targetLists/0/builtBy",
            "/targetLists/0/builtBy: refers to a team member that is not in this account; found "
                + "ghost"),
        row(
            "speaker programme with a speaker from elsewhere",
            DOC
                + ACCOUNT
                + ",'team':[{'id':'k','name':'K','function':'SALES'}],"
                + "'interactions':[{'id':'i','date':'2026-01-01','channel':'IN_PERSON',"
                + "'teamMembers':['k'],'purpose':'Talk','speakerProgram':{'topic':'T',"
                + "'speaker':'ghost','venue':'RESTAURANT'}}]}",
            BROKEN_REFERENCE,
            "/interactions/0/speakerProgram/speaker",
            "/interactions/0/speakerProgram/speaker: refers to a stakeholder that is not in this"
                + " account; found ghost"),
        row(
            "material claiming another product's indication",
            DOC
                + ACCOUNT
                + ",'products':[{'id':'p','name':'P','kind':'DRUG','therapeuticArea':'X',"
                + "'indications':[{'id':'i','name':'I'}]},{'id':'q','name':'Q','kind':'DRUG',"
                + "'therapeuticArea':'X'}],'promotionalMaterials':[{'id':'m','title':'M',"
                + "'product':'q','indications':['i'],'approvedOn':'2026-01-01',"
                + "'expiresOn':'2027-01-01'}]}",
            BROKEN_REFERENCE,
            "/promotionalMaterials/0/indications/0",
            "/promotionalMaterials/0/indications/0: is not an indication of product q; found i"),
        row(
            "transfer under an agreement the account does not have",
            DOC
                + ACCOUNT
                + ",'transfersOfValue':[{'id':'t','date':'2026-01-01','amount':{'amount':'10.00',"
                + "'currency':'USD'},'form':'CASH_OR_CASH_EQUIVALENT','nature':'CONSULTING_FEE',"
                + "'organisation':'a','agreement':'ghost'}]}",
            BROKEN_REFERENCE,
            "/transfersOfValue/0/agreement",
            "/transfersOfValue/0/agreement: refers to a service agreement that is not in this"
                + " account; found ghost"),
        row(
            "indication of another product",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US',"
                + "'sites':[{'id':'h','name':'H','kind':'HOSPITAL','clinicalUnits':[{'id':'u',"
                + "'name':'U'}]}]},'products':[{'id':'p','name':'P','kind':'DRUG',"
                + "'therapeuticArea':'X','indications':[{'id':'i','name':'I'}]},{'id':'q',"
                + "'name':'Q','kind':'DRUG','therapeuticArea':'X'}],'whitespace':[{'product':'q',"
                + "'clinicalUnit':'u','status':'OPEN','indication':'i'}]}",
            BROKEN_REFERENCE,
            "/whitespace/0/indication",
            "/whitespace/0/indication: is not an indication of product q; found i"),
        row(
            "interaction without its team members",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'},"
                + "'interactions':[{'id':'i','date':'2026-01-01','channel':'PHONE',"
                + "'purpose':'Call'}]}",
            MISSING_PROPERTY,
            "/interactions/0/teamMembers",
            "/interactions/0/teamMembers: missing required property; expected an array of an id"
                + " as text, found nothing"),
        row(
            "interaction without our people",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US'},"
                + "'interactions':[{'id':'i','date':'2026-01-01','channel':'PHONE',"
                + "'teamMembers':[],'purpose':'Call'}]}",
            MODEL_VIOLATION,
            "/interactions/0/teamMembers",
            "/interactions/0/teamMembers: an interaction needs at least one of our team "
                + "members; found []"),
        row(
            "attribute with two values",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US',"
                + "'attributes':{'segment':{'text':'A','number':'1'}}}}",
            INVALID_VALUE,
            "/account/attributes/segment",
            "/account/attributes/segment: invalid value; expected exactly one of \"text\", "
                + "\"number\", \"flag\" and \"date\", found an object"),
        row(
            "committee submission without its steps",
            DOC
                + ACCOUNT
                + ",'committeeSubmissions':[{'id':'cs','name':'C','decisionBody':'b',"
                + "'product':'p'}]}",
            MISSING_PROPERTY,
            "/committeeSubmissions/0/steps",
            "/committeeSubmissions/0/steps: missing required property; expected an array of a"
                + " submission step object, found nothing"),
        row(
            "committee submission step deciding before the decision stage",
            DOC
                + ACCOUNT
                + ",'committeeSubmissions':[{'id':'cs','name':'C','decisionBody':'b',"
                + "'product':'p','steps':[{'stage':'REQUEST','date':'2026-01-01',"
                + "'decision':'APPROVED'}]}]}",
            MODEL_VIOLATION,
            "/committeeSubmissions/0/steps/0/decision",
            "/committeeSubmissions/0/steps/0/decision: is only recorded at the decision stage,"
                // the stage is worded by the committee package's bundle
                + " not at stage Request; found APPROVED"),
        row(
            "attribute with no value",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US',"
                + "'attributes':{'segment':{}}}}",
            MISSING_PROPERTY,
            "/account/attributes/segment/text",
            "/account/attributes/segment/text: missing required property; expected exactly "
                + "one of \"text\", \"number\", \"flag\" and \"date\", found nothing"),
        row(
            "attribute key with whitespace",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US',"
                + "'attributes':{' segment':{'text':'A'}}}}",
            MODEL_VIOLATION,
            "/account/attributes/ segment",
            "/account/attributes/ segment: keys must be non-blank and carry no leading or "
                + "trailing whitespace; found \" segment\""),
        row(
            "unknown property in a money object",
            DOC
                + "'account':{'id':'a','name':'A','kind':'HOSPITAL','country':'US',"
                + "'profile':{'annualVolumes':[{'fiscalYear':2026,'netRevenue':{'amount':'1.00',"
                + "'currency':'USD','fx':1}}]}}}",
            UNKNOWN_PROPERTY,
            "/account/profile/annualVolumes/0/netRevenue/fx",
            "/account/profile/annualVolumes/0/netRevenue/fx: unknown property; expected "
                + "one of amount, currency, found \"fx\""),
        row(
            "portfolio id not in the catalogue",
            "{'kamkit':'portfolio','version':'1.0','accounts':[{'account':{'id':'a',"
                + "'name':'A','kind':'HOSPITAL','country':'US'},'products':['p']}]}",
            BROKEN_REFERENCE,
            "/accounts/0/products/0",
            "/accounts/0/products/0: refers to a product that is not in the portfolio's "
                + "products; found p"),
        row(
            "portfolio catalogue entry unused",
            "{'kamkit':'portfolio','version':'1.0','team':[{'id':'t','name':'T',"
                + "'function':'SALES'}],'accounts':[{'account':{'id':'a','name':'A',"
                + "'kind':'HOSPITAL','country':'US'}}]}",
            INVALID_VALUE,
            "/team/0",
            "/team/0: invalid value; expected a team member that at least one account "
                + "lists in its team, found team member \"t\", which no account lists"),
        row(
            "portfolio duplicate account",
            "{'kamkit':'portfolio','version':'1.0','accounts':[{'account':{'id':'a',"
                + "'name':'A','kind':'HOSPITAL','country':'US'}},{'account':{'id':'a','name':'B',"
                + "'kind':'CLINIC','country':'US'}}]}",
            MODEL_VIOLATION,
            "/accounts/1/account/id",
            "/accounts/1/account/id: is used by more than one element; ids must be unique; "
                + "found a"),
        row(
            "portfolio hierarchy cycle",
            "{'kamkit':'portfolio','version':'1.0','accounts':[{'account':{'id':'a',"
                + "'name':'A','kind':'HOSPITAL','country':'US','parent':'b'}},"
                + "{'account':{'id':'b','name':'B','kind':'CLINIC','country':'US',"
                + "'parent':'a'}}]}",
            MODEL_VIOLATION,
            "/accounts/0/account/parent",
            "/accounts/0/account/parent: the account hierarchy forms a cycle: [a, b]; "
                + "found b"),
        row(
            "results without asOf",
            "{'kamkit':'results','version':'2.0'}",
            ProblemKind.MISSING_PROPERTY,
            "/asOf",
            "/asOf: missing required property; expected a date as text, YYYY-MM-DD, found nothing"),
        row(
            "results account entry with an unknown property",
            RESULTS + "'accounts':[{'account':'a','scoore':{}}]}",
            ProblemKind.UNKNOWN_PROPERTY,
            "/accounts/0/scoore",
            "/accounts/0/scoore: unknown property; expected one of account, coverage, completeness,"
                + " whitespace, health, maturity, engagement, tier, compliance, relationship,"
                + " nextStakeholders, turnoverExposure, pipeline, committee, shareOfVoice, found"
                + " \"scoore\""),
        row(
            "results account given twice",
            RESULTS + "'accounts':[{'account':'a'},{'account':'a'}]}",
            ProblemKind.INVALID_VALUE,
            "/accounts/1/account",
            "/accounts/1/account: invalid value; expected each account at most once in a results "
                + "document, found text \"a\""),
        row(
            "results subject of an unknown id type",
            RESULTS
                + "'accounts':[{'account':'a','compliance':{'findings':[{'ruleId':'r',"
                + "'severity':'ERROR','subjects':[{'type':'person','id':'s'}],"
                + "'code':'engagement.model.marketing-centric',"
                + "'source':'s'}]}}]}",
            ProblemKind.UNKNOWN_ENUM_VALUE,
            "/accounts/0/compliance/findings/0/subjects/0/type",
            "/accounts/0/compliance/findings/0/subjects/0/type: unknown value; expected one of"
                + " account, site, clinicalUnit, contract, stakeholder, decisionBody, teamMember,"
                + " product, indication, objective, opportunity, committeeSubmission, action,"
                + " kpi, need, initiative, interaction, transferOfValue, targetList,"
                + " promotionalMaterial, serviceAgreement, found text \"person\""),
        row(
            "results subject with a bad id",
            RESULTS
                + "'accounts':[{'account':'a','compliance':{'findings':[{'ruleId':'r',"
                + "'severity':'ERROR','subjects':[{'type':'stakeholder','id':' s'}],"
                + "'code':'engagement.model.marketing-centric',"
                + "'source':'s'}]}}]}",
            ProblemKind.INVALID_VALUE,
            "/accounts/0/compliance/findings/0/subjects/0/id",
            "/accounts/0/compliance/findings/0/subjects/0/id: invalid value; expected an id of 1 to"
                + " 255 characters without control characters or leading or trailing whitespace,"
                + " found text \" s\", which must not start or end with whitespace"),
        row(
            "results decimal as a number",
            RESULTS
                + "'accounts':[{'account':'a','tier':{'accountName':'A','policyVersion':'1',"
                + "'priority':55.5,'keptByHysteresis':false}}]}",
            ProblemKind.WRONG_TYPE,
            "/accounts/0/tier/priority",
            "/accounts/0/tier/priority: wrong type; expected a decimal number written as a string, "
                + "such as \"12.50\", found the number 55.5"),
        row(
            "results relationship stage with a negative count",
            RESULTS
                + "'accounts':[{'account':'a','relationship':{'accountName':'A',"
                + "'policyVersion':'1','stage':'BASIC','structure':'BOW_TIE','ourPeople':-1,"
                + "'theirPeople':1,'activeLinks':1}}]}",
            INVALID_VALUE,
            "/accounts/0/relationship/ourPeople",
            "/accounts/0/relationship/ourPeople: invalid value; expected a count, 0 or more,"
                + " found the number -1"),
        row(
            "results turnover impact not an object",
            RESULTS + "'accounts':[{'account':'a','turnoverExposure':['t']}]}",
            WRONG_TYPE,
            "/accounts/0/turnoverExposure/0",
            "/accounts/0/turnoverExposure/0: wrong type; expected a turnover impact object,"
                + " found text \"t\""),
        row(
            "results of format 1.0",
            "{'kamkit':'results','version':'1.0','asOf':'2026-11-02'}",
            VERSION,
            "/version",
            "/version: unsupported format version; expected a results document of format 2.3"
                + " (format 1.x held English sentences where 2.0 holds message codes and"
                + " arguments; results are not migrated: compute them again and write them as"
                + " 2.3), found text \"1.0\""),
        row(
            "results of a newer major format",
            "{'kamkit':'results','version':'3.0','asOf':'2026-11-02'}",
            VERSION,
            "/version",
            "/version: unsupported format version; expected a 2.x version (this reader reads"
                + " format 2.3), found text \"3.0\""),
        row(
            "results reason with an unknown code",
            TIER_REASON.formatted(KEPT.replace("tiering.tier.kept", "tiering.tier.kep")),
            INVALID_VALUE,
            REASON_AT + "/code",
            REASON_AT
                + "/code: invalid value; expected a message code kamkit knows, such as"
                + " \"coverage.role.unheld\" (docs/reason-catalogue.md), found text"
                + " \"tiering.tier.kep\""),
        row(
            "results reason code not text",
            TIER_REASON.formatted("'code':7"),
            WRONG_TYPE,
            REASON_AT + "/code",
            REASON_AT + "/code: wrong type; expected a message code as text, found the number 7"),
        row(
            "results reason without its arguments",
            TIER_REASON.formatted("'code':'tiering.tier.kept'"),
            MISSING_PROPERTY,
            REASON_AT + "/args",
            REASON_AT
                + "/args: missing required property; expected the arguments of"
                + " tiering.tier.kept: tier (enum), band (number), found nothing"),
        row(
            "results reason with an argument missing",
            TIER_REASON.formatted(KEPT.replace(",'band':{'number':'5.0'}", "")),
            MISSING_PROPERTY,
            REASON_AT + "/args/band",
            REASON_AT
                + "/args/band: missing required property; expected a number argument,"
                + " {\"number\": <decimal as text>} for tiering.tier.kept, found nothing"),
        row(
            "results reason with an extra argument",
            TIER_REASON.formatted(KEPT.replace("}}", "},'stakeholder':{'count':1}}")),
            UNKNOWN_PROPERTY,
            REASON_AT + "/args/stakeholder",
            REASON_AT
                + "/args/stakeholder: unknown property; expected one of tier, band (the"
                + " arguments of tiering.tier.kept), found \"stakeholder\""),
        row(
            "results reason with an argument of another kind",
            TIER_REASON.formatted(KEPT.replace("'number':'5.0'", "'text':'5.0'")),
            INVALID_VALUE,
            REASON_AT + "/args/band",
            REASON_AT
                + "/args/band: invalid value; expected a number argument, {\"number\": <decimal"
                + " as text>}, found a text argument"),
        row(
            "results reason with an enum argument of an unknown class",
            TIER_REASON.formatted(
                KEPT.replace("dev.kamkit.model.account.AccountTier", "java.lang.Thread$State")),
            INVALID_VALUE,
            REASON_AT + "/args/tier/enum",
            REASON_AT
                + "/args/tier/enum: invalid value; expected the binary name of one of kamkit's"
                + " public enums, such as \"dev.kamkit.model.stakeholder.BuyingRole\", found"
                + " text \"java.lang.Thread$State\""),
        row(
            "results reason with an enum argument of an unknown value",
            TIER_REASON.formatted(KEPT.replace("TIER_2", "TIER_4")),
            UNKNOWN_ENUM_VALUE,
            REASON_AT + "/args/tier/value",
            REASON_AT
                + "/args/tier/value: unknown value; expected one of TIER_1, TIER_2, TIER_3,"
                + " found text \"TIER_4\""),
        row(
            "results score name as text, as format 1.0 wrote it",
            RESULTS
                + "'accounts':[{'account':'a','tier':{'accountName':'A','policyVersion':'1',"
                + "'keptByHysteresis':false,'score':{'name':'priority','value':'0.00',"
                + "'components':[]}}}]}",
            WRONG_TYPE,
            "/accounts/0/tier/score/name",
            "/accounts/0/tier/score/name: wrong type; expected a message object, found text"
                + " \"priority\""),
        row(
            "results maturity with a stage missing",
            RESULTS
                + "'accounts':[{'account':'a','maturity':{'accountName':'A','policyVersion':'1',"
                + "'stage':'NONE','stages':[{'stage':'DEDICATED_RESOURCES','criteria':[{'id':"
                + "'maturity.x','title':{'code':'engagement.model.marketing-centric'},"
                + "'outcome':'MISSING'}]}]}}]}",
            MODEL_VIOLATION,
            "/accounts/0/maturity/stages",
            "/accounts/0/maturity/stages: must hold stages 1 to 5 in order; found"
                + " [DEDICATED_RESOURCES]"),
        row(
            "nesting deeper than the limit",
            DOC + ACCOUNT + ",'x':" + "[".repeat(70) + "]".repeat(70) + "}",
            ProblemKind.LIMIT_EXCEEDED,
            "/x" + "/0".repeat(63),
            "/x"
                + "/0".repeat(63)
                + ": limit exceeded; expected at most 64 levels of nesting"
                + " (JsonLimits.maxNestingDepth), found at least 65 levels of nesting"),
        row(
            "string longer than the limit",
            DOC + "'account':{'id':'a','name':'" + "x".repeat(100_001) + "'}}",
            ProblemKind.LIMIT_EXCEEDED,
            "/account/name",
            "/account/name: limit exceeded; expected at most 100000 characters in a string"
                + " (JsonLimits.maxStringLength), found at least 100001 characters in a string"));
  }

  private static Arguments row(
      String name, String input, ProblemKind kind, String pointer, String message) {
    return Arguments.of(name, input, kind, pointer, message);
  }
}
