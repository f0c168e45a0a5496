/**
 * Languages: the supported list, choosing the language of a request (FORCE_LANGUAGE, the
 * switcher's cookie, Accept-Language), the switcher itself and locale-aware date and
 * number formats for the pages; depends on nothing of ours, so every feature may use it.
 */
package app.plexinvite.i18n;
