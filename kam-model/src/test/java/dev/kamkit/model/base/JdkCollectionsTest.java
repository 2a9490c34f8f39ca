package dev.kamkit.model.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.plan.JointBusinessPlan;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What {@link KamStyle}'s JDK-only collections promise: the order elements were added in (as
 * Guava's immutable collections kept it), no way to change them, and an {@link
 * InvalidModelException} naming the attribute for a null element, key or value.
 */
class JdkCollectionsTest {
  /** More ids than a hash set keeps in order by chance, added in an order no hash gives back. */
  private static final List<StakeholderId> IDS =
      IntStream.range(0, 40).mapToObj(i -> StakeholderId.of("s-" + (97 * i % 40))).toList();

  @Test
  void setsKeepTheOrderTheirElementsWereAddedIn() {
    JointBusinessPlan plan = JointBusinessPlan.builder().addAllCustomerSponsors(IDS).build();
    assertEquals(IDS, new ArrayList<>(plan.customerSponsors()));
    List<StakeholderId> reversed = new ArrayList<>(IDS);
    Collections.reverse(reversed);
    assertEquals(reversed, new ArrayList<>(plan.withCustomerSponsors(reversed).customerSponsors()));
  }

  @Test
  void mapsKeepTheOrderTheirKeysWerePutIn() {
    Stakeholder.Builder builder = chen();
    List<String> keys = IDS.stream().map(StakeholderId::value).toList();
    keys.forEach(key -> builder.putAttribute(key, new AttributeValue.Flag(true)));
    assertEquals(keys, new ArrayList<>(builder.build().attributes().keySet()));
  }

  @Test
  void enumSetsIterateInTheEnumsOrder() {
    Stakeholder chen =
        chen().addBuyingRole(BuyingRole.USER).addBuyingRole(BuyingRole.ECONOMIC_BUYER).build();
    assertEquals(
        List.of(BuyingRole.ECONOMIC_BUYER, BuyingRole.USER), new ArrayList<>(chen.buyingRoles()));
  }

  @Test
  void theCollectionsCannotBeChanged() {
    JointBusinessPlan plan = JointBusinessPlan.builder().addAllCustomerSponsors(IDS).build();
    assertThrows(
        UnsupportedOperationException.class,
        () -> plan.customerSponsors().add(StakeholderId.of("x")));
    Stakeholder chen = chen().putAttribute("k", new AttributeValue.Flag(true)).build();
    assertThrows(UnsupportedOperationException.class, () -> chen.attributes().remove("k"));
  }

  @Test
  void aNullElementNamesItsAttribute() {
    assertNullFor("customerSponsors", () -> JointBusinessPlan.builder().addCustomerSponsor(noId()));
    assertNullFor(
        "customerSponsors",
        () ->
            JointBusinessPlan.builder().addAllCustomerSponsors(Arrays.asList(IDS.get(0), noId())));
  }

  @Test
  void aNullKeyOrValueNamesItsAttribute() {
    assertNullFor("attributes", () -> chen().putAttribute(noKey(), new AttributeValue.Flag(true)));
    assertNullFor("attributes", () -> chen().putAttribute("k", noValue()));
  }

  @Test
  void aNullElementInACopyIsAnInvalidModel() {
    JointBusinessPlan plan = JointBusinessPlan.builder().build();
    assertThrows(
        InvalidModelException.class,
        () -> plan.withCustomerSponsors(Arrays.asList(IDS.get(0), noId())));
  }

  private static void assertNullFor(String attribute, Runnable build) {
    InvalidModelException e = assertThrows(InvalidModelException.class, build::run);
    assertEquals(
        List.of(
            new ModelViolation(
                ModelSubject.of("argument"),
                FieldPath.of(attribute),
                Optional.empty(),
                "null",
                Message.of(ModelCode.NULL))),
        e.violations());
  }

  private static Stakeholder.Builder chen() {
    return Stakeholder.builder()
        .id(StakeholderId.of("s-1"))
        .name("Dr. Chen")
        .function(StakeholderFunction.CLINICAL);
  }

  /** Nulls the compiler cannot see through, to exercise the builders' null checks. */
  private static StakeholderId noId() {
    return null;
  }

  private static String noKey() {
    return null;
  }

  private static AttributeValue noValue() {
    return null;
  }
}
