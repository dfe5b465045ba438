// imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition: one SCO (launch.html) for the whole
// course. Validated by scripts/package-lms.mjs with xmllint against the official XSDs.

const escapeXml = (text) =>
  String(text).replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  );

const fileList = (files) => files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n');

/** SCORM 1.2 (IMS CP 1.1.2 + ADL CP 1.2); `mastery` is the passing percentage. */
export function scorm12Manifest({ id, title, mastery, files }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-${id}">
    <organization identifier="org-${id}">
      <title>${escapeXml(title)}</title>
      <item identifier="item-${id}" identifierref="res-${id}" isvisible="true">
        <title>${escapeXml(title)}</title>
        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-${id}" type="webcontent" adlcp:scormtype="sco" href="launch.html">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}

/** SCORM 2004 4th edition; the primary objective is satisfied by the exam score (`mastery` %). */
export function scorm2004Manifest({ id, title, mastery, files }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}-scorm2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-${id}">
    <organization identifier="org-${id}">
      <title>${escapeXml(title)}</title>
      <item identifier="item-${id}" identifierref="res-${id}" isvisible="true">
        <title>${escapeXml(title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="exam-mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(mastery / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-${id}" type="webcontent" adlcp:scormType="sco" href="launch.html">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}

/** A schema that imports every namespace, so xmllint checks foreign attributes strictly. */
export function wrapperXsd(imports) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:tmc:lms-wrapper" elementFormDefault="qualified">
${imports.map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`).join('\n')}
</xs:schema>
`;
}

export const SCORM12_IMPORTS = [
  ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
  ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
  ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
];
export const SCORM2004_IMPORTS = [
  ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
  ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
  ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
  ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
  ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
];

/**
 * cmi5 course structure (cmi5.xml): the course and its one AU. `ids.course` and `ids.au` are stable
 * IRIs (the LMS keys learner records on them: never change them for a course already in use);
 * `url` is the AU's launch page, relative to cmi5.xml in a zip or absolute for a hosted course;
 * `moveOn` and `mastery` (a percentage) come from the rules config.
 */
export function cmi5Xml({ ids, title, description, url, moveOn, mastery }) {
  const text = (value) => `<langstring lang="zh-CN">${escapeXml(value)}</langstring>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(ids.course)}">
    <title>${text(title)}</title>
    <description>${text(description)}</description>
  </course>
  <au id="${escapeXml(ids.au)}" moveOn="${moveOn}" masteryScore="${(mastery / 100).toFixed(2)}" launchMethod="AnyWindow">
    <title>${text(title)}</title>
    <description>${text(description)}</description>
    <url>${escapeXml(url)}</url>
  </au>
</courseStructure>
`;
}

export const CMI5_IMPORTS = [
  ['https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd', 'CourseStructure.xsd'],
];
