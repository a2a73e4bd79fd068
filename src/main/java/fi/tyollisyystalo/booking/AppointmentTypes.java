package fi.tyollisyystalo.booking;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.base.security.EditorOrManager;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.booking.internal.AppointmentTypeEntity;
import fi.tyollisyystalo.booking.internal.AppointmentTypeRepository;

/**
 * Editors and managers keep the appointment types: names in three languages, length and buffer (whole quarter
 * hours), ways, who may book, the staff role that offers it, and whether it is in use. A type in use by
 * appointments is never deleted, only taken out of use. Not client data: not audited.
 */
@Service
@EditorOrManager
public class AppointmentTypes {

    private final AppointmentTypeRepository types;

    AppointmentTypes(AppointmentTypeRepository types) {
        this.types = types;
    }

    /** What an editor fills in. */
    public record Draft(String nameFi, String nameSv, String nameEn, int minutes, int bufferMinutes, Set<Way> ways,
            BookedBy bookedBy, String staffRole, boolean active) {
    }

    @Transactional(readOnly = true)
    public List<AppointmentType> all() {
        return types.findAllByOrderByIdAsc().stream().map(AppointmentTypeEntity::toRecord).toList();
    }

    /** Saves a new type (id 0) or changes one; returns its id. */
    @Transactional
    public long save(long id, Draft d) {
        String fi = d.nameFi().strip();
        check(fi.isEmpty(), "nameFi", "booking.types.error.name");
        for (String[] n : new String[][] {{"nameFi", fi}, {"nameSv", d.nameSv()}, {"nameEn", d.nameEn()}}) {
            check(n[1].strip().length() > 200, n[0], "booking.types.error.name-long");
        }
        check(d.minutes() < 15 || d.minutes() > 480 || d.minutes() % 15 != 0, "minutes", "booking.types.error.minutes");
        check(d.bufferMinutes() < 0 || d.bufferMinutes() > 120 || d.bufferMinutes() % 15 != 0, "buffer",
                "booking.types.error.minutes");
        check(d.ways().isEmpty(), "ways", "booking.types.error.ways");
        check(!Roles.CLIENT_WORK_ROLES.contains(d.staffRole()), "role", "booking.types.error.role");
        LocalizedText name = new LocalizedText(fi, d.nameSv().strip(), d.nameEn().strip());
        if (id == 0) {
            String code = fi.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            String unique = (code.isEmpty() ? "type" : code.substring(0, Math.min(code.length(), 40))) + "-"
                    + java.util.UUID.randomUUID().toString().substring(0, 6);
            AppointmentTypeEntity e = types.save(new AppointmentTypeEntity(unique, name, d.minutes(), d.bufferMinutes(),
                    d.ways(), d.bookedBy(), d.staffRole()));
            e.update(name, d.minutes(), d.bufferMinutes(), d.ways(), d.bookedBy(), d.staffRole(), d.active());
            return e.id();
        }
        AppointmentTypeEntity e = types.findById(id).orElseThrow(AppointmentNotFoundException::new);
        e.update(name, d.minutes(), d.bufferMinutes(), d.ways(), d.bookedBy(), d.staffRole(), d.active());
        return id;
    }

    private static void check(boolean wrong, String field, String key) {
        if (wrong) {
            throw new FieldRejected(field, key);
        }
    }
}
