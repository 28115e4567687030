/** zh-CN texts of the Word export of the attachments (`selfeval export --docx`). */
export const EXPORT_TEXT = {
  creator: '绩效自评助手',
  unitName: (name: string) => `填报单位：${name}`,
  unit: (unit: string) => `单位：${unit}`,
};
