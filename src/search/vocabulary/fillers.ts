/**
 * Filler words and phrases of questions ("cho em hỏi…", "làm thế nào để…", "…ở đâu"): they
 * count when a name has them, but a procedure does not need them to be found. Source: how
 * questions to one-stop desks and to the Cổng Dịch vụ công quốc gia's help line are worded.
 */
export const defaultStopPhrases: readonly string[] = [
  'thủ tục', 'thủ tục hành chính', 'tthc', 'làm thế nào', 'như thế nào', 'thế nào', 'làm sao', 'ở đâu', 'cần gì',
  'cần những gì', 'cần giấy tờ gì', 'giấy tờ gì', 'bao lâu', 'mất bao lâu', 'bao nhiêu', 'hết bao nhiêu', 'hồ sơ', 'cách',
  'muốn', 'tôi', 'mình', 'em', 'cho', 'của', 'và', 'ở', 'tại', 'để', 'xin', 'làm', 'thì', 'phải', 'gì',
  'nào', 'với', 'có', 'được', 'không', 'ạ', 'nhé', 'đi', 'cần', 'ai', 'hỏi', 'về', 'mới', 'giúp',
  'cho em hỏi', 'cho hỏi', 'xin hỏi', 'bị', 'giờ', 'khi', 'nếu', 'thế', 'sao', 'nộp', 'ra', 'nhà tôi', 'gồm', 'những',
  'tra cứu', 'mã thủ tục', 'mã số thủ tục',
  // The child is implied: "khai sinh cho con" is "Đăng ký khai sinh".
  'cho con', 'cho bé', 'cho cháu', 'cho em bé',
];
