package fi.tyollisyystalo.casework.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.i18n.TranslationProvider;
import fi.tyollisyystalo.casework.CasePages;
import fi.tyollisyystalo.identity.ConsentKind;
import fi.tyollisyystalo.identity.ConsentSubjects;

/** Tells the consent centre which organisation of the resident's network a consent opens, and where it is. */
@Component
class NetworkConsentSubjects implements ConsentSubjects {

    private final JdbcTemplate jdbc;
    private final TranslationProvider texts;

    NetworkConsentSubjects(JdbcTemplate jdbc, TranslationProvider texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    public ConsentKind kind() {
        return ConsentKind.NETWORK_SHARE;
    }

    @Override
    public String describe(long subjectId, Locale locale) {
        List<String> found = jdbc.query("SELECT category, organisation FROM case_network_member WHERE id = ?",
                (rs, n) -> texts.getTranslation("case.network.consent.subject", locale, rs.getString(2),
                        texts.getTranslation("case.network.category." + rs.getString(1), locale)), subjectId);
        return found.isEmpty() ? texts.getTranslation("consent.subject.unknown", locale) : found.getFirst();
    }

    @Override
    public Optional<String> link(long subjectId) {
        return Optional.of("/" + CasePages.MINE);
    }
}
