package dev.kamkit.model.team;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamFunctionTest {

  @Test
  void onlyMedicalScienceLiaisonsAndMedicalAffairsAreMedical() {
    assertEquals(
        List.of(TeamFunction.MEDICAL_SCIENCE_LIAISON, TeamFunction.MEDICAL_AFFAIRS),
        Arrays.stream(TeamFunction.values())
            .filter(f -> f.division() == Division.MEDICAL)
            .toList());
  }
}
