/* url keys as Magento formats them, for keys made from a name and for keys
 * the feed sends: Magento\Catalog\Model\Product\Url::formatUrlKey() is
 * FilterManager::translitUrl(), that is Magento\Framework\Filter\TranslitUrl
 * (lib/internal/Magento/Framework/Filter/TranslitUrl.php): strtr() with the
 * conversion table of Translit.php, then every run of characters other than
 * [0-9a-zA-Z] becomes one "-", lower case, "-" trimmed at both ends.
 * Translit.php passes the text through iconv(…, "ascii//ignore//translit")
 * only when PHP's iconv is GNU libiconv; with glibc's (Debian, Ubuntu, the
 * official PHP images: ICONV_IMPL "glibc") it does not, so a character
 * without an entry (ã, ð, CJK, emoji) separates words: "Hà Nội" ->
 * "ha-n-i". This is the glibc behaviour, checked against Magento 2.4.7-p7. */
#ifndef PIMSYNC_URL_FORMAT_H
#define PIMSYNC_URL_FORMAT_H

#include "php.h"

/* Never longer than it must be, never cut: may return an empty string. */
zend_string *pimsync_url_format(const char *s, size_t len);

#endif
