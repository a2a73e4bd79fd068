package fi.tyollisyystalo.healthcheck.internal.scoring;

/** Range checks shared by the instruments: a wrong item value is a programming error, never clamped. */
final class Items {

    private Items() {
    }

    static int check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + "–" + max + ", was " + value);
        }
        return value;
    }
}
