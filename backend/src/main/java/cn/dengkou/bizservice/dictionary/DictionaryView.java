package cn.dengkou.bizservice.dictionary;

/**
 * A dictionary ADMIN may keep.
 *
 * @param perCounty its entries belong to one county each (townships); else they are shared by every county
 */
record DictionaryView(String name, String label, boolean perCounty) {
}
