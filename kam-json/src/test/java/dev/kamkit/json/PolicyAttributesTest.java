package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kamkit.scoring.committee.CommitteeProgressionPolicy;
import dev.kamkit.scoring.health.UnderServedPolicy;
import dev.kamkit.scoring.voice.ShareOfVoicePolicy;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The policies a results document writes whole are written attribute by attribute: each attribute
 * Immutables generates (one {@code withX} per attribute) must be a property of the written object,
 * so an attribute added to a policy and not to the format fails here rather than reading back as
 * its default. {@code UnderServedPolicy} lost {@code belowPeerShareOfVoice} and {@code
 * shareOfVoice} that way in format 2.2.
 */
class PolicyAttributesTest {
  static List<Object> policiesWrittenWhole() {
    return List.of(
        UnderServedPolicy.defaults(),
        CommitteeProgressionPolicy.defaults(),
        ShareOfVoicePolicy.defaults());
  }

  /** The attributes of an Immutables value type, by its {@code withX} methods. */
  static List<String> attributes(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      String name = m.getName();
      if (Modifier.isPublic(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers())
          && name.startsWith("with")
          && name.length() > 4
          && m.getParameterCount() == 1) {
        String attribute = Character.toLowerCase(name.charAt(4)) + name.substring(5);
        if (!names.contains(attribute)) {
          names.add(attribute);
        }
      }
    }
    return names.stream().sorted().toList();
  }

  @ParameterizedTest
  @MethodSource("policiesWrittenWhole")
  void everyAttributeOfAPolicyWrittenWholeIsWritten(Object policy) {
    List<String> attributes = attributes(policy.getClass());
    assertFalse(attributes.isEmpty(), policy.getClass().getName());
    JsonNode written = StandaloneResultsTest.roundTrips(policy, cast(policy), def(policy));
    List<String> properties = written.propertyNames().stream().sorted().toList();
    assertEquals(attributes, properties, policy.getClass().getSimpleName());
  }

  @org.junit.jupiter.api.Test
  void anUnderServedPolicyThatLeavesShareOfVoiceOutReadsBackSo() {
    UnderServedPolicy mine =
        UnderServedPolicy.defaults()
            .withBelowPeerShareOfVoice(false)
            .withShareOfVoice(
                ShareOfVoicePolicy.defaults()
                    .withVersion("acme-voice")
                    .withWindowDays(91)
                    .withChannels(
                        java.util.EnumSet.of(dev.kamkit.model.engagement.Channel.IN_PERSON)));
    JsonNode written =
        StandaloneResultsTest.roundTrips(mine, UnderServedPolicy.class, "underServedPolicy");
    assertFalse(written.get("belowPeerShareOfVoice").booleanValue());
    assertEquals(91, written.at("/shareOfVoice/windowDays").intValue());
  }

  @SuppressWarnings("unchecked")
  private static <T> Class<T> cast(T value) {
    return (Class<T>) value.getClass();
  }

  private static String def(Object policy) {
    String simple = policy.getClass().getSimpleName();
    return switch (simple) {
      case "UnderServedPolicy" -> "underServedPolicy";
      case "CommitteeProgressionPolicy" -> "committeePolicy";
      default -> "voicePolicy";
    };
  }
}
