package fi.tyollisyystalo.servicemap.internal.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * Finnish morphology from libvoikko (Debian {@code libvoikko1} + {@code voikko-fi}) through a small
 * JNA binding of its C API.
 *
 * <p>A native Voikko handle is not thread-safe, so this class keeps a small pool of handles (one per
 * core, at most four; see DD004 for the measurement) and lends one to each call: {@link #analyse}
 * may be called from any number of threads. Every string and analysis array that libvoikko
 * allocates is freed before a call returns.
 */
public final class Voikko implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Voikko.class);
    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    static final int DEFAULT_HANDLES = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);

    /**
     * One reading of a word.
     *
     * @param baseForm the dictionary form of the whole word (BASEFORM), e.g. "terveystarkastus"
     * @param wordBases the dictionary forms of the compound parts (from WORDBASES and STRUCTURE),
     *     e.g. [mieli, terveys, palvelu]; a single element for a word that is not a compound
     * @param structure Voikko's STRUCTURE of the word as written: one letter class per character,
     *     "=" before each compound part
     * @param wordClass Voikko's CLASS (in Finnish: nimisana, laatusana, teonsana, paikannimi …)
     */
    public record Analysis(String baseForm, List<String> wordBases, String structure, String wordClass) {
        public Analysis {
            wordBases = List.copyOf(wordBases);
        }
    }

    /** The part of libvoikko's C API that we use; strings cross as UTF-8 whatever the locale. */
    interface LibVoikko extends Library {
        @Nullable Pointer voikkoInit(PointerByReference error, String langcode, @Nullable String path);

        void voikkoTerminate(Pointer handle);

        @Nullable Pointer voikkoAnalyzeWordCstr(Pointer handle, String word);

        @Nullable Pointer voikko_mor_analysis_keys(Pointer analysis);

        @Nullable Pointer voikko_mor_analysis_value_cstr(Pointer analysis, String key);

        void voikko_free_mor_analysis_value_cstr(Pointer value);

        void voikko_free_mor_analysis(Pointer analyses);
    }

    private record Raw(String baseForm, @Nullable String wordBases, String structure, String wordClass) {}

    /** One "+surface(base)" element of WORDBASES; base is absent for joints such as "+n". */
    record Morpheme(String surface, @Nullable String base) {
        boolean startsLexeme() {
            return base != null && !base.startsWith("+");
        }
    }

    private final LibVoikko lib;
    private final String language;
    private final @Nullable String dictionaryPath;
    private final int maxHandles;
    private final BlockingQueue<Pointer> idle;
    private final AtomicInteger created = new AtomicInteger(1);
    private volatile boolean closed;

    private Voikko(LibVoikko lib, Pointer first, String language, @Nullable String dictionaryPath, int maxHandles) {
        this.lib = lib;
        this.language = language;
        this.dictionaryPath = dictionaryPath;
        this.maxHandles = maxHandles;
        this.idle = new ArrayBlockingQueue<>(maxHandles);
        idle.add(first);
    }

    /**
     * Loads libvoikko with the Finnish dictionary from the standard places. Empty, with one warning
     * in the log, when the library or the dictionary is not installed; never throws.
     */
    public static Optional<Voikko> load() {
        return load("fi", null, DEFAULT_HANDLES);
    }

    /** For tests and measurements: another dictionary variant, path or pool size. */
    static Optional<Voikko> load(String language, @Nullable String dictionaryPath, int maxHandles) {
        LibVoikko lib;
        try {
            lib = loadLibrary();
        } catch (LinkageError | RuntimeException e) {
            log.warn("libvoikko not found (as 'voikko' or 'libvoikko.so.1': {}): Finnish search uses the Snowball "
                    + "fallback; install the Debian packages libvoikko1 and voikko-fi", e.getClass().getSimpleName());
            return Optional.empty();
        }
        PointerByReference error = new PointerByReference();
        Pointer handle;
        try {
            handle = lib.voikkoInit(error, language, dictionaryPath);
        } catch (LinkageError | RuntimeException e) {
            log.warn("libvoikko could not be initialised ({}): Finnish search uses the Snowball fallback",
                    firstLine(e.getMessage()));
            return Optional.empty();
        }
        if (handle == null) {
            Pointer message = error.getValue();
            log.warn("Voikko has no dictionary for '{}' ({}): Finnish search uses the Snowball fallback; install "
                    + "the Debian package voikko-fi", language,
                    message == null ? "no message" : message.getString(0, UTF_8));
            return Optional.empty();
        }
        return Optional.of(new Voikko(lib, handle, language, dictionaryPath, Math.max(1, maxHandles)));
    }

    private static LibVoikko loadLibrary() {
        Map<String, Object> options = Map.of(Library.OPTION_STRING_ENCODING, UTF_8);
        try {
            return Native.load("voikko", LibVoikko.class, options);
        } catch (UnsatisfiedLinkError byName) {
            // Debian ships only the versioned file unless libvoikko-dev is installed
            try {
                return Native.load("libvoikko.so.1", LibVoikko.class, options);
            } catch (UnsatisfiedLinkError byFile) {
                byFile.addSuppressed(byName);
                throw byFile;
            }
        }
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "no message";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** All readings of one word, in Voikko's order; empty when Voikko does not know the word. */
    public List<Analysis> analyse(String word) {
        if (word.isBlank()) {
            return List.of();
        }
        Pointer handle = acquire();
        try {
            List<Analysis> analyses = new ArrayList<>();
            for (Raw raw : analyseRaw(handle, word)) {
                analyses.add(new Analysis(raw.baseForm(), compoundParts(handle, word, raw), raw.structure(),
                        raw.wordClass()));
            }
            return analyses;
        } finally {
            release(handle);
        }
    }

    /** The keys libvoikko gives for the first reading of a word (BASEFORM, CLASS, WORDBASES …). */
    List<String> keys(String word) {
        Pointer handle = acquire();
        try {
            Pointer array = lib.voikkoAnalyzeWordCstr(handle, word);
            if (array == null) {
                return List.of();
            }
            try {
                Pointer first = array.getPointer(0);
                Pointer keys = first == null ? null : lib.voikko_mor_analysis_keys(first);
                // the keys belong to the analysis and are freed with it
                return keys == null ? List.of() : List.of(keys.getStringArray(0, UTF_8));
            } finally {
                lib.voikko_free_mor_analysis(array);
            }
        } finally {
            release(handle);
        }
    }

    private List<Raw> analyseRaw(Pointer handle, String word) {
        Pointer array = lib.voikkoAnalyzeWordCstr(handle, word);
        if (array == null) {
            return List.of();
        }
        List<Raw> raws = new ArrayList<>(2);
        try {
            for (int i = 0;; i++) {
                Pointer analysis = array.getPointer((long) i * Native.POINTER_SIZE);
                if (analysis == null) {
                    break;
                }
                String baseForm = value(analysis, "BASEFORM");
                String structure = value(analysis, "STRUCTURE");
                String wordClass = value(analysis, "CLASS");
                raws.add(new Raw(baseForm == null ? word : baseForm, value(analysis, "WORDBASES"),
                        structure == null ? "" : structure, wordClass == null ? "" : wordClass));
            }
        } finally {
            lib.voikko_free_mor_analysis(array);
        }
        return raws;
    }

    private @Nullable String value(Pointer analysis, String key) {
        Pointer value = lib.voikko_mor_analysis_value_cstr(analysis, key);
        if (value == null) {
            return null;
        }
        try {
            return value.getString(0, UTF_8);
        } finally {
            lib.voikko_free_mor_analysis_value_cstr(value);
        }
    }

    /*
     * WORDBASES lists morphemes, not compound parts: "mielenterveyspalveluihin" gives
     * +mielen(mieli)+terve(terve)+ys(+ys)+palvel(palvella)+u(+u), where (+ys) and (+u) are
     * derivational suffixes of the part before them. STRUCTURE (=pppppp=ppppppp=ppppppppppp) says
     * where the parts are in the written word. A part that is one lexeme takes that lexeme's base
     * form (mieli); a derived part (terve+ys) is looked up again as written (terveys); the last part
     * is what the whole word's base form has after the written parts before it (palvelu).
     */
    private List<String> compoundParts(Pointer handle, String word, Raw raw) {
        List<String> segments = surfaceSegments(word, raw.structure());
        if (segments.size() < 2) {
            return List.of(raw.baseForm());
        }
        List<List<Morpheme>> groups = raw.wordBases() == null ? List.of() : lexemes(morphemes(raw.wordBases()));
        boolean aligned = groups.size() == segments.size();
        int last = segments.size() - 1;
        List<String> parts = new ArrayList<>(segments.size());
        for (int i = 0; i < last; i++) {
            List<Morpheme> group = aligned ? groups.get(i) : List.of();
            String base = group.size() == 1 ? group.getFirst().base() : null;
            parts.add(base != null ? base.replace("=", "") : partLemma(handle, segments.get(i), group));
        }
        String written = String.join("", segments.subList(0, last));
        String lastPart = raw.baseForm().regionMatches(true, 0, written, 0, written.length())
                ? raw.baseForm().substring(written.length())
                : aligned ? surface(groups.get(last)) : segments.get(last);
        parts.add(trimHyphens(lastPart));
        parts.removeIf(String::isEmpty);
        return parts.isEmpty() ? List.of(raw.baseForm()) : parts;
    }

    private String partLemma(Pointer handle, String segment, List<Morpheme> group) {
        String written = trimHyphens(segment);
        for (Raw raw : analyseRaw(handle, written)) {
            if (surfaceSegments(written, raw.structure()).size() <= 1) {
                return raw.baseForm();
            }
        }
        return group.isEmpty() ? written : surface(group);
    }

    /** The written word cut at the "=" marks of its STRUCTURE; empty if they do not line up. */
    static List<String> surfaceSegments(String word, String structure) {
        List<String> segments = new ArrayList<>(3);
        int start = 0;
        int position = 0;
        for (int i = 0; i < structure.length(); i++) {
            if (structure.charAt(i) == '=') {
                if (position > start) {
                    segments.add(word.substring(start, position));
                }
                start = position;
            } else if (++position > word.length()) {
                return List.of();
            }
        }
        if (position != word.length()) {
            return List.of();
        }
        if (position > start) {
            segments.add(word.substring(start, position));
        }
        return segments;
    }

    /** Parses "+mielen(mieli)+terve(terve)+ys(+ys)+n" into morphemes; "+" inside brackets is kept. */
    static List<Morpheme> morphemes(String wordBases) {
        List<Morpheme> morphemes = new ArrayList<>(4);
        StringBuilder surface = new StringBuilder();
        StringBuilder base = new StringBuilder();
        boolean inBase = false;
        boolean hasBase = false;
        for (int i = 0; i < wordBases.length(); i++) {
            char c = wordBases.charAt(i);
            if (inBase) {
                if (c == ')') {
                    inBase = false;
                } else {
                    base.append(c);
                }
            } else if (c == '(') {
                inBase = true;
                hasBase = true;
            } else if (c == '+') {
                if (!surface.isEmpty() || hasBase) {
                    morphemes.add(new Morpheme(surface.toString(), hasBase ? base.toString() : null));
                }
                surface.setLength(0);
                base.setLength(0);
                hasBase = false;
            } else {
                surface.append(c);
            }
        }
        if (!surface.isEmpty() || hasBase) {
            morphemes.add(new Morpheme(surface.toString(), hasBase ? base.toString() : null));
        }
        return morphemes;
    }

    /** Groups morphemes into lexemes: a derivational suffix or a joint belongs to the one before. */
    static List<List<Morpheme>> lexemes(List<Morpheme> morphemes) {
        List<List<Morpheme>> groups = new ArrayList<>(3);
        for (Morpheme morpheme : morphemes) {
            if (groups.isEmpty() || morpheme.startsLexeme()) {
                groups.add(new ArrayList<>(2));
            }
            groups.getLast().add(morpheme);
        }
        return groups;
    }

    private static String surface(List<Morpheme> group) {
        StringBuilder surface = new StringBuilder();
        group.forEach(morpheme -> surface.append(morpheme.surface()));
        return trimHyphens(surface.toString());
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    private Pointer acquire() {
        if (closed) {
            throw new IllegalStateException("Voikko is closed");
        }
        Pointer handle = idle.poll();
        if (handle != null) {
            return handle;
        }
        for (int count = created.get(); count < maxHandles; count = created.get()) {
            if (created.compareAndSet(count, count + 1)) {
                Pointer fresh = lib.voikkoInit(new PointerByReference(), language, dictionaryPath);
                if (fresh != null) {
                    return fresh;
                }
                created.decrementAndGet();
                break;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a Voikko handle", e);
        }
    }

    private void release(Pointer handle) {
        idle.add(handle);
        if (closed) {
            terminateIdle();
        }
    }

    /** How many native handles have been opened (grows on demand up to the pool size). */
    int openHandles() {
        return created.get();
    }

    /** Frees the native handles; handles lent out at this moment are freed when they come back. */
    @Override
    public void close() {
        closed = true;
        terminateIdle();
    }

    private void terminateIdle() {
        for (Pointer handle = idle.poll(); handle != null; handle = idle.poll()) {
            lib.voikkoTerminate(handle);
        }
    }
}
