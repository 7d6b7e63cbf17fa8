/**
 * Official documents made from the workspace's work: the draft, review rounds and findings are
 * turned into the data the rendering feature fills its templates with.
 */
package kg.kodeks.documents;
