package fi.tyollisyystalo.servicemap.internal.ptv;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/** PTV's per-language lists as our three-language texts; languages other than fi, sv and en are left out. */
final class PtvTexts {

    private PtvTexts() {
    }

    static LocalizedText of(List<Ptv.LanguageItem> items) {
        String fi = in(items, "fi");
        return new LocalizedText(fi == null ? "" : fi, in(items, "sv"), in(items, "en"));
    }

    /** PTV's keywords (one word or phrase per item) as one comma-separated text per language. */
    static LocalizedText keywords(List<Ptv.LanguageItem> items) {
        String fi = joined(items, "fi");
        return new LocalizedText(fi == null ? "" : fi, joined(items, "sv"), joined(items, "en"));
    }

    /** PTV's keywords, then those of ours that PTV does not have (an editor's additions survive an import). */
    static LocalizedText mergedKeywords(LocalizedText ptv, LocalizedText ours) {
        String fi = merged(ptv.fi(), ours.fi());
        return new LocalizedText(fi == null ? "" : fi, merged(ptv.sv(), ours.sv()), merged(ptv.en(), ours.en()));
    }

    private static @Nullable String merged(@Nullable String ptv, @Nullable String ours) {
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
        for (String text : new String[] {ptv, ours}) {
            if (text != null) {
                for (String word : text.split(",")) {
                    if (!word.isBlank()) {
                        words.add(word.strip());
                    }
                }
            }
        }
        return words.isEmpty() ? null : String.join(", ", words);
    }

    private static @Nullable String joined(List<Ptv.LanguageItem> items, String language) {
        List<String> values = new ArrayList<>();
        for (Ptv.LanguageItem i : items) {
            if (language.equals(i.language()) && i.value() != null && !i.value().isBlank()
                    && !values.contains(i.value().strip())) {
                values.add(i.value().strip());
            }
        }
        return values.isEmpty() ? null : String.join(", ", values);
    }

    /** The texts of the given types ({@code Name}, {@code Summary}…); several in one language are joined. */
    static LocalizedText typed(List<Ptv.LocalizedItem> items, Set<String> types) {
        String fi = typed(items, types, "fi");
        return new LocalizedText(fi == null ? "" : fi, typed(items, types, "sv"), typed(items, types, "en"));
    }

    /** Finnish, else Swedish, else English: for logs and reports. */
    static String display(LocalizedText text) {
        if (!text.fi().isBlank()) {
            return text.fi();
        }
        return text.sv() != null && !text.sv().isBlank() ? text.sv() : text.en() == null ? "" : text.en();
    }

    static @Nullable String in(List<Ptv.LanguageItem> items, String language) {
        for (Ptv.LanguageItem i : items) {
            if (language.equals(i.language()) && i.value() != null && !i.value().isBlank()) {
                return i.value().strip();
            }
        }
        return null;
    }

    private static @Nullable String typed(List<Ptv.LocalizedItem> items, Set<String> types, String language) {
        List<String> values = new ArrayList<>();
        for (Ptv.LocalizedItem i : items) {
            if (language.equals(i.language()) && i.type() != null && types.contains(i.type()) && i.value() != null
                    && !i.value().isBlank()) {
                values.add(i.value().strip());
            }
        }
        return values.isEmpty() ? null : String.join("\n\n", values);
    }

    /** Accessibility sentences, group by group: "Sisäänkäynti: … . Pysäköinti: …". */
    static LocalizedText accessibility(List<Ptv.AccessibilityGroup> groups) {
        String fi = accessibility(groups, "fi");
        return new LocalizedText(fi == null ? "" : fi, accessibility(groups, "sv"), accessibility(groups, "en"));
    }

    private static @Nullable String accessibility(List<Ptv.AccessibilityGroup> groups, String language) {
        List<String> parts = new ArrayList<>();
        for (Ptv.AccessibilityGroup g : groups) {
            List<String> sentences = new ArrayList<>();
            for (Ptv.Sentence s : g.sentences()) {
                String text = in(s.sentence(), language);
                if (text != null) {
                    sentences.add(text.endsWith(".") ? text : text + ".");
                }
            }
            if (sentences.isEmpty()) {
                continue;
            }
            String heading = in(g.sentenceGroup(), language);
            parts.add((heading == null ? "" : heading + ": ") + String.join(" ", sentences));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
