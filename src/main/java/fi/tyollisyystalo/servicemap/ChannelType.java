package fi.tyollisyystalo.servicemap;

/** A way into a service: a place to visit, a phone line, a web page or an e-service. */
public enum ChannelType {
    LOCATION, PHONE, WEB, ESERVICE
}
