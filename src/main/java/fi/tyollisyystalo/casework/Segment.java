package fi.tyollisyystalo.casework;

import org.jspecify.annotations.Nullable;

/**
 * Helsinki's client segments, from the two axes the team records: daily coping (easy or hard) and service need
 * (low or high). COPER copes with few needs (pärjääjä), SUPPORT finds coping hard with few needs (tukiasiakas),
 * COOPERATION copes with many needs (yhteistyöasiakas), CARE finds coping hard with many needs and needs a
 * multi-professional network (huolenpitoasiakas).
 */
public enum Segment {
    COPER, SUPPORT, COOPERATION, CARE;

    public enum Coping {
        EASY, HARD
    }

    public enum Need {
        LOW, HIGH
    }

    /** The segment of the two axes, or null until both are recorded. */
    public static @Nullable Segment of(@Nullable Coping coping, @Nullable Need need) {
        if (coping == null || need == null) {
            return null;
        }
        if (need == Need.LOW) {
            return coping == Coping.EASY ? COPER : SUPPORT;
        }
        return coping == Coping.EASY ? COOPERATION : CARE;
    }
}
