package fi.tyollisyystalo.healthcheck;

/** One 3X10D life-situation item (0–10) and its band: DISSATISFIED 0–5, MODERATE 6–7, SATISFIED 8–10. */
public record LifeSituationItem(String item, int score, String band) {
}
