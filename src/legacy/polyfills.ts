/**
 * What Internet Explorer 11 lacks of the built-ins the shared code (core, Excel host, pane store)
 * and the legacy view may call, from core-js, imported before anything else by the legacy entry
 * and by the browser test's harness.
 *
 * Whole namespaces of ES built-ins rather than a method-by-method list: the code is type-checked
 * against the ES2020 library, so any Array, String, Object, Number or Math method up to ES2020
 * may appear in a later change without anyone updating a list here; the price is ~12 KB gzip
 * over the methods used today. core-js/stable would add ~26 KB gzip more (typed arrays, URL,
 * structuredClone, iterator helpers, base64…) that nothing here uses. Measured on the legacy
 * bundle, gzip -9: no polyfills 67.7 KB, methods used today 95.7 KB, these namespaces 107.8 KB,
 * core-js/stable 133.8 KB.
 *
 * Not polyfillable, so avoided by the code: String.prototype.normalize (core/nfkc.ts falls
 * back), Proxy, lookbehind and `u`-flag regexes. Not polyfilled, so avoided by the view: the DOM
 * methods IE11 lacks (Element closest/remove/append/prepend/before/after/replaceWith/
 * toggleAttribute, <dialog>). NodeList.prototype.forEach and the DOM collections' iterators are.
 */
import 'core-js/es/symbol';
import 'core-js/es/promise';
import 'core-js/es/map';
import 'core-js/es/set';
import 'core-js/es/weak-map';
import 'core-js/es/weak-set';
import 'core-js/es/global-this';
import 'core-js/es/array';
import 'core-js/es/object';
import 'core-js/es/string';
import 'core-js/es/number';
import 'core-js/es/math';
import 'core-js/es/reflect';
import 'core-js/web/dom-collections';
