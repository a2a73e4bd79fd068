package fi.tyollisyystalo.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OidcUserMapperTest {

    @Test
    void staff_roles_come_from_a_list_or_a_string_and_unknown_values_are_ignored() {
        assertThat(OidcUserMapper.staffRoles(List.of("COORDINATOR", "offline_access", "ADMIN")))
                .containsExactly("COORDINATOR", "ADMIN");
        assertThat(OidcUserMapper.staffRoles("NURSE DOCTOR,uma_authorization")).containsExactly("NURSE", "DOCTOR");
        assertThat(OidcUserMapper.staffRoles(null)).isEmpty();
        assertThat(OidcUserMapper.staffRoles(42)).isEmpty();
    }
}
