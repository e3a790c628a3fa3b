package org.sitrep.model;

/**
 * What sort of actor an {@link Actor} is; the JSON form is the lower-case name. {@code PROPERTY}
 * is a thing an attack strikes (a building, a vehicle, a bridge), an extension of the record.
 */
public enum ActorKind {
    STATE, GOVERNMENT, MILITARY, ARMED_GROUP, POLICE, CIVILIANS, INTERNATIONAL_ORG, NGO, MEDIA,
    PARTY, PERSON, ORGANIZATION, PROPERTY;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ActorKind parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
