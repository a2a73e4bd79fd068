package fi.tyollisyystalo.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/** A team or unit staff belong to, e.g. "Työkyvyn tuen tiimi, Lappeenranta" (Flyway V012). */
@Entity
@Table(name = "team")
public class TeamEntity {

    @Id
    @Column(length = 64)
    private String code = "";

    @Column(name = "name_fi", nullable = false, length = 200)
    private String nameFi = "";

    @Column(name = "name_sv", nullable = false, length = 200)
    private String nameSv = "";

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn = "";

    protected TeamEntity() {
    }

    TeamEntity(String code, String fi, String sv, String en) {
        this.code = code;
        this.nameFi = fi;
        this.nameSv = sv;
        this.nameEn = en;
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return new LocalizedText(nameFi, nameSv, nameEn);
    }
}
