package dev.kamkit.benchmarks.plain;

import java.util.List;
import java.util.Map;

/**
 * An account document as plain mutable classes: what Jackson binds with no custom code. Field names
 * match the kam-json format (docs/json-format.md); values stay as JSON gives them.
 */
public final class PlainAccount {
  public String kamkit;
  public String version;
  public Institution account;
  public List<Stakeholder> stakeholders;
  public List<Influence> influences;
  public List<DecisionBody> decisionBodies;
  public List<TeamMember> team;
  public List<Relationship> relationships;
  public List<TargetList> targetLists;
  public List<Product> products;
  public List<Material> promotionalMaterials;
  public List<WhitespaceCell> whitespace;
  public List<FormularyEntry> formulary;
  public Plan plan;
  public List<Interaction> interactions;
  public List<Transfer> transfersOfValue;
  public List<Agreement> serviceAgreements;
  public List<Opportunity> opportunities;
  public List<Submission> committeeSubmissions;
  public List<CompetitorActivity> competitorActivity;

  /** The CompetitorActivity object of the document (format 1.4). */
  public static final class CompetitorActivity {
    public String competitor;
    public String start;
    public String end;
    public Integer interactions;
    public List<String> products;
    public String source;
  }

  /** The Institution object of the document. */
  public static final class Institution {
    public String id;
    public String name;
    public String kind;
    public String country;
    public String region;
    public String parent;
    public String tier;
    public List<Site> sites;
    public Profile profile;
    public Map<String, Map<String, Object>> attributes;
    public Map<String, Object> facts;
  }

  /** The Site object of the document. */
  public static final class Site {
    public String id;
    public String name;
    public String kind;
    public String region;
    public Integer beds;
    public List<Unit> clinicalUnits;
  }

  /** The Unit object of the document. */
  public static final class Unit {
    public String id;
    public String name;
    public String specialty;
  }

  /** The Profile object of the document. */
  public static final class Profile {
    public Integer beds;
    public Integer facilityCount;
    public String ownership;
    public String ehrSystem;
    public String fiscalYearStart;
    public List<Contract> contracts;
    public List<Volume> annualVolumes;
    public List<Gpo> gpoAffiliations;
  }

  /** The Contract object of the document. */
  public static final class Contract {
    public String id;
    public String name;
    public String kind;
    public String status;
    public String start;
    public String end;
    public Money value;
    public List<String> products;
    public String administrativeFeePercent;
    public Money administrativeFeeAmount;
  }

  /** The Volume object of the document. */
  public static final class Volume {
    public Integer fiscalYear;
    public String product;
    public String units;
    public Money netRevenue;
  }

  /** The Gpo object of the document. */
  public static final class Gpo {
    public String gpoName;
    public String gpoAccount;
    public String commitment;
    public String since;
    public String until;
  }

  /** The Money object of the document. */
  public static final class Money {
    public String amount;
    public String currency;
  }

  /** The Stakeholder object of the document. */
  public static final class Stakeholder {
    public String id;
    public String name;
    public String title;
    public Employment manufacturerEmployment;
    public String function;
    public String status;
    public String departureDate;
    public List<String> buyingRoles;
    public String sentiment;
    public String influence;
    public String seniority;
    public String reportsTo;
    public String site;
    public String clinicalUnit;
    public List<Membership> committeeMemberships;
    public Hcp hcp;
    public Map<String, Map<String, Object>> attributes;
    public Map<String, Object> facts;
  }

  /** The Membership object of the document. */
  public static final class Membership {
    public String decisionBody;
    public String role;
  }

  /** The Hcp object of the document. */
  public static final class Hcp {
    public String profession;
    public String specialty;
    public String npi;
    public String nationalRegistration;
    public String countryOfPractice;
    public List<String> licenseStates;
    public String trainingStatus;
    public Boolean disclosureConsent;
  }

  /** The Influence object of the document. */
  public static final class Influence {
    public String influencer;
    public String influenced;
    public String strength;
  }

  /** The DecisionBody object of the document. */
  public static final class DecisionBody {
    public String id;
    public String name;
    public String kind;
    public String scope;
    public String site;
    public List<String> decisions;
    public List<String> meetingDates;
    public Map<String, Map<String, Object>> attributes;
  }

  /** The TeamMember object of the document. */
  public static final class TeamMember {
    public String id;
    public String name;
    public String function;
    public String leftOn;
    public List<String> incentives;
    public Map<String, Map<String, Object>> attributes;
  }

  /** The TargetList object of the document. */
  public static final class TargetList {
    public String id;
    public String name;
    public String builtBy;
    public List<String> workedBy;
    public List<String> stakeholders;
    public String createdOn;
  }

  /** The Material object of the document. */
  public static final class Material {
    public String id;
    public String title;
    public String reviewCode;
    public String product;
    public List<String> indications;
    public String approvedOn;
    public String expiresOn;
    public String withdrawnOn;
  }

  /** The Agreement object of the document. */
  public static final class Agreement {
    public String id;
    public String kind;
    public String stakeholder;
    public String organisation;
    public String signedOn;
    public String compensationSetOn;
    public String compensationBasis;
    public String start;
    public String end;
    public Money annualCap;
  }

  /** The SpeakerProgram object of the document. */
  public static final class SpeakerProgram {
    public String topic;
    public String therapeuticArea;
    public List<String> indications;
    public String speaker;
    public String speakerChosenBy;
    public String venue;
    public Boolean mealServed;
    public Boolean companyPaidAlcohol;
    public List<String> needRecordedFor;
  }

  /** The Relationship object of the document. */
  public static final class Relationship {
    public String teamMember;
    public String stakeholder;
    public String strength;
    public String since;
    public String lastInteraction;
  }

  /** The Product object of the document. */
  public static final class Product {
    public String id;
    public String coverage;
    public String deviceIdentifier;
    public String name;
    public String kind;
    public String competitor;
    public String ndc;
    public String therapeuticArea;
    public List<Indication> indications;
    public Map<String, Map<String, Object>> attributes;
  }

  /** The Indication object of the document. */
  public static final class Indication {
    public String id;
    public String name;
    public String therapeuticArea;
    public List<Approval> approvals;
  }

  /** The Approval object of the document. */
  public static final class Approval {
    public String jurisdiction;
    public String approvedOn;
    public String withdrawnOn;
  }

  /** The WhitespaceCell object of the document. */
  public static final class WhitespaceCell {
    public String product;
    public String clinicalUnit;
    public String status;
    public String indication;
    public String competitorProduct;
    public Money estimatedValue;
  }

  /** The FormularyEntry object of the document. */
  public static final class FormularyEntry {
    public String product;
    public String status;
    public String effectiveFrom;
    public Integer tier;
    public List<String> restrictions;
    public String decidedBy;
  }

  /** The Interaction object of the document. */
  public static final class Interaction {
    public String id;
    public String date;
    public String channel;
    public String status;
    public List<String> teamMembers;
    public List<String> stakeholders;
    public String decisionBody;
    public String purpose;
    public String rationale;
    public Boolean unsolicitedRequest;
    public List<Discussion> productsDiscussed;
    public List<String> materials;
    public SpeakerProgram speakerProgram;
    public Map<String, Map<String, Object>> attributes;
  }

  /** The Discussion object of the document. */
  public static final class Discussion {
    public String product;
    public String indication;
  }

  /** The Transfer object of the document. */
  public static final class Transfer {
    public String id;
    public String date;
    public Money amount;
    public ThirdParty thirdParty;
    public Boolean employmentCompensation;
    public String form;
    public String nature;
    public String recipient;
    public String organisation;
    public List<String> attendees;
    public Integer headcount;
    public List<String> relatedProducts;
    public Destination travelDestination;
    public String interaction;
    public String description;
    public String therapeuticArea;
    public String agreement;
    public String mealSetting;
    public String item;
    public Map<String, Map<String, Object>> attributes;
    public Map<String, Object> facts;
  }

  /** The Destination object of the document. */
  public static final class Destination {
    public String city;
    public String state;
    public String country;
  }

  /** The Plan object of the document. */
  public static final class Plan {
    public String name;
    public String status;
    public String owner;
    public String periodStart;
    public String periodEnd;
    public List<String> strategicPriorities;
    public List<Need> needs;
    public String needsSegment;
    public List<Objective> objectives;
    public List<Action> actions;
    public List<Kpi> kpis;
    public ValueProposition valueProposition;
    public List<Competitor> competitiveLandscape;
    public Swot swot;
    public List<Initiative> sharedValueInitiatives;
    public Jbp jointBusinessPlan;
    public List<Pathway> patientPathways;
    public List<Feedback> voiceOfAccount;
    public List<String> updates;
    public List<String> reviews;
    public Map<String, Map<String, Object>> attributes;
  }

  /** The Need object of the document. */
  public static final class Need {
    public String id;
    public String category;
    public String description;
  }

  /** The Objective object of the document. */
  public static final class Objective {
    public String id;
    public Money revenueTarget;
    public String title;
    public String status;
    public String owner;
    public String product;
    public String indication;
    public String measure;
    public String startDate;
    public String dueDate;
    public List<String> needs;
    public String division;
    public String directedBy;
  }

  /** The Action object of the document. */
  public static final class Action {
    public String id;
    public String title;
    public String status;
    public String owner;
    public String parent;
    public String startDate;
    public String dueDate;
    public String completedOn;
    public List<String> objectives;
    public List<String> needs;
    public List<String> stakeholders;
  }

  /** The Kpi object of the document. */
  public static final class Kpi {
    public String id;
    public String name;
    public String kind;
    public String perspective;
    public String unit;
    public String objective;
    public String target;
    public String current;
    public String measuredOn;
  }

  /** The ValueProposition object of the document. */
  public static final class ValueProposition {
    public String statement;
    public String businessRationale;
    public String clinicalRationale;
    public List<String> products;
    public String reviewedOn;
  }

  /** The Competitor object of the document. */
  public static final class Competitor {
    public String competitor;
    public String threat;
    public String strengths;
    public String weaknesses;
    public List<String> competitorProducts;
    public List<String> competesWith;
  }

  /** The Swot object of the document. */
  public static final class Swot {
    public List<String> strengths;
    public List<String> weaknesses;
    public List<String> opportunities;
    public List<String> threats;
  }

  /** The Initiative object of the document. */
  public static final class Initiative {
    public String id;
    public String name;
    public String status;
    public String rationale;
    public String launchedOn;
    public List<String> stakeholders;
    public List<String> teamMembers;
    public List<String> needs;
  }

  /** The Jbp object of the document. */
  public static final class Jbp {
    public String agreedOn;
    public String nextJointReview;
    public List<String> customerSponsors;
    public List<String> jointObjectives;
  }

  /** The Pathway object of the document. */
  public static final class Pathway {
    public String condition;
    public List<Stage> stages;
  }

  /** The Stage object of the document. */
  public static final class Stage {
    public String name;
    public List<String> painPoints;
    public List<String> stakeholders;
  }

  /** The Feedback object of the document. */
  public static final class Feedback {
    public String date;
    public String source;
    public Integer netPromoterScore;
    public Integer customerEffortScore;
    public Integer relationshipScore;
  }

  /** The Employment object of the document. */
  public static final class Employment {
    public String basis;
    public String since;
    public String until;
  }

  /** The ThirdParty object of the document. */
  public static final class ThirdParty {
    public String kind;
    public String name;
    public Boolean charity;
    public Boolean coveredRecipient;
  }

  /** The Opportunity object of the document. */
  public static final class Opportunity {
    public String id;
    public String name;
    public String product;
    public String indication;
    public String site;
    public String clinicalUnit;
    public String stage;
    public Money amount;
    public Integer probability;
    public String expectedClose;
    public String closedOn;
    public String lossReason;
    public String owner;
    public List<String> objectives;
    public Map<String, Map<String, Object>> attributes;
  }

  /** The Submission object of the document. */
  public static final class Submission {
    public String id;
    public String name;
    public String decisionBody;
    public String product;
    public String indication;
    public String site;
    public String sponsor;
    public String owner;
    public String targetMeeting;
    public String opportunity;
    public List<Step> steps;
    public Map<String, Map<String, Object>> attributes;
  }

  /** The Step object of the document. */
  public static final class Step {
    public String stage;
    public String date;
    public String decision;
  }
}
