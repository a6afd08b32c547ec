/**
 * Everyday words and abbreviations citizens type, and what the catalogue calls the same thing.
 *
 * Data, not code: a portal adds its own through `createProcedureIndex(list, { synonyms })`; they
 * are merged with these. Spelling does not matter (rules are folded when the index is built).
 * A rule fires when the query contains one of `terms` as consecutive syllables; the index then
 * also searches the query with that part replaced by each of `means`.
 */
export interface SynonymRule {
  /** What people type: abbreviations, colloquial names, old names. */
  readonly terms: readonly string[];
  /** What the catalogue says instead; each is tried as a phrase. */
  readonly means: readonly string[];
}

export const defaultSynonyms: readonly SynonymRule[] = [
  // Đất đai
  {
    terms: ['sổ đỏ', 'sổ hồng', 'bìa đỏ', 'bìa hồng', 'giấy đỏ', 'GCN QSDĐ', 'GCNQSDĐ', 'QSDĐ', 'sổ nhà đất'],
    means: ['giấy chứng nhận quyền sử dụng đất'],
  },
  {
    terms: ['sang tên sổ đỏ', 'sang tên sổ hồng', 'sang tên nhà đất', 'sang tên đất', 'sang tên sổ', 'mua bán đất', 'bán đất', 'mua đất', 'sang tên'],
    means: ['đăng ký biến động quyền sử dụng đất chuyển nhượng'],
  },
  { terms: ['cho tặng đất', 'tặng cho đất', 'cho đất'], means: ['tặng cho quyền sử dụng đất'] },
  { terms: ['thừa kế đất', 'chia thừa kế'], means: ['thừa kế quyền sử dụng đất'] },
  { terms: ['tách sổ', 'chia đất', 'tách đất'], means: ['tách thửa'] },
  { terms: ['gộp sổ', 'nhập thửa', 'gộp thửa'], means: ['hợp thửa'] },
  { terms: ['lên thổ cư', 'chuyển thổ cư', 'lên đất ở', 'đổi mục đích'], means: ['chuyển mục đích sử dụng đất'] },
  { terms: ['mất sổ đỏ', 'mất sổ hồng', 'mất bìa đỏ', 'làm lại sổ đỏ', 'cấp lại sổ đỏ', 'mất sổ'], means: ['cấp lại giấy chứng nhận quyền sử dụng đất do bị mất'] },
  { terms: ['đổi sổ đỏ', 'cấp đổi sổ đỏ', 'đổi sổ hồng', 'cấp đổi sổ hồng'], means: ['cấp đổi giấy chứng nhận quyền sử dụng đất'] },
  { terms: ['thế chấp sổ đỏ', 'thế chấp sổ', 'vay ngân hàng', 'thế chấp nhà đất'], means: ['đăng ký thế chấp quyền sử dụng đất'] },
  { terms: ['đo đạc', 'trích đo'], means: ['trích đo địa chính', 'đo đạc'] },
  // Căn cước, cư trú
  {
    terms: ['CCCD', 'căn cước công dân', 'CMND', 'chứng minh nhân dân', 'chứng minh thư', 'CMT', 'thẻ căn cước', 'căn cước'],
    means: ['căn cước', 'căn cước công dân'],
  },
  { terms: ['hộ khẩu', 'nhập hộ khẩu', 'nhập khẩu', 'sổ hộ khẩu', 'KT3'], means: ['đăng ký thường trú', 'cư trú'] },
  { terms: ['chuyển hộ khẩu', 'cắt khẩu', 'cắt hộ khẩu', 'xóa hộ khẩu'], means: ['xóa đăng ký thường trú', 'đăng ký thường trú'] },
  { terms: ['đăng ký tạm trú', 'tạm trú', 'đăng ký ở trọ', 'ở trọ'], means: ['đăng ký tạm trú'] },
  { terms: ['mất căn cước', 'mất CCCD', 'mất thẻ căn cước', 'mất chứng minh thư', 'mất CMND', 'làm lại căn cước', 'làm lại CCCD'], means: ['cấp lại thẻ căn cước'] },
  { terms: ['đổi căn cước', 'đổi CCCD', 'đổi CMND sang CCCD', 'đổi chứng minh thư', 'đổi thẻ căn cước'], means: ['cấp đổi thẻ căn cước'] },
  { terms: ['hộ chiếu', 'passport', 'làm passport'], means: ['hộ chiếu phổ thông'] },
  // Xây dựng
  {
    terms: ['GPXD', 'xin phép xây dựng', 'phép xây dựng', 'xin phép xây nhà', 'xây nhà', 'giấy phép xây nhà'],
    means: ['giấy phép xây dựng nhà ở riêng lẻ', 'giấy phép xây dựng'],
  },
  { terms: ['sửa nhà', 'cải tạo nhà', 'sửa chữa nhà'], means: ['sửa chữa, cải tạo', 'giấy phép sửa chữa, cải tạo công trình'] },
  // Kinh doanh
  {
    terms: ['GPKD', 'giấy phép kinh doanh', 'giấy phép kinh doanh hộ gia đình', 'ĐKKD', 'mở cửa hàng', 'mở quán', 'mở tiệm', 'kinh doanh cá thể'],
    means: ['đăng ký thành lập hộ kinh doanh', 'đăng ký kinh doanh'],
  },
  { terms: ['thành lập công ty', 'mở công ty', 'lập công ty', 'thành lập doanh nghiệp'], means: ['đăng ký thành lập doanh nghiệp', 'đăng ký thành lập công ty'] },
  { terms: ['giải thể công ty', 'đóng công ty'], means: ['giải thể doanh nghiệp'] },
  { terms: ['đóng cửa hộ kinh doanh', 'nghỉ kinh doanh hẳn', 'đóng hộ kinh doanh', 'dẹp tiệm'], means: ['chấm dứt hoạt động hộ kinh doanh'] },
  { terms: ['TNHH'], means: ['trách nhiệm hữu hạn'] },
  { terms: ['TNCN'], means: ['thu nhập cá nhân'] },
  { terms: ['C/O'], means: ['chứng nhận xuất xứ hàng hóa'] },
  { terms: ['tạm ngừng kinh doanh', 'tạm nghỉ kinh doanh', 'tạm dừng kinh doanh'], means: ['tạm ngừng kinh doanh'] },
  { terms: ['MST', 'mã số thuế'], means: ['mã số thuế', 'đăng ký thuế'] },
  { terms: ['ATTP', 'VSATTP', 'vệ sinh an toàn thực phẩm', 'mở quán ăn', 'giấy phép quán ăn'], means: ['an toàn thực phẩm', 'đủ điều kiện an toàn thực phẩm'] },
  { terms: ['bán rượu', 'giấy phép rượu'], means: ['bán lẻ rượu', 'kinh doanh rượu'] },
  { terms: ['bán thuốc lá', 'giấy phép thuốc lá'], means: ['bán lẻ sản phẩm thuốc lá'] },
  { terms: ['cây xăng', 'cửa hàng xăng dầu', 'bán xăng'], means: ['bán lẻ xăng dầu'] },
  { terms: ['PCCC', 'phòng cháy'], means: ['phòng cháy và chữa cháy', 'phòng cháy, chữa cháy'] },
  { terms: ['karaoke', 'quán karaoke', 'hát karaoke'], means: ['dịch vụ karaoke'] },
  // Giao thông
  { terms: ['bằng lái', 'bằng lái xe', 'GPLX', 'bằng xe máy', 'bằng ô tô'], means: ['giấy phép lái xe'] },
  { terms: ['mất bằng lái', 'mất bằng lái xe', 'mất GPLX', 'làm lại bằng lái'], means: ['cấp lại giấy phép lái xe'] },
  { terms: ['đổi bằng lái', 'đổi bằng lái xe', 'đổi GPLX', 'bằng lái hết hạn'], means: ['cấp đổi giấy phép lái xe'] },
  { terms: ['biển số', 'biển số xe', 'đăng ký xe máy', 'đăng ký ô tô', 'cà vẹt', 'cavet'], means: ['đăng ký xe', 'biển số xe'] },
  { terms: ['đăng kiểm'], means: ['kiểm định', 'đăng kiểm'] },
  // Hộ tịch
  { terms: ['giấy khai sinh', 'làm giấy khai sinh', 'làm khai sinh', 'khai sinh cho con', 'khai sinh cho bé'], means: ['đăng ký khai sinh'] },
  { terms: ['giấy chứng tử', 'báo tử', 'khai tử'], means: ['đăng ký khai tử'] },
  { terms: ['giấy đăng ký kết hôn', 'làm giấy đăng ký kết hôn', 'làm giấy kết hôn', 'giấy kết hôn', 'đăng ký cưới', 'làm đám cưới'], means: ['đăng ký kết hôn'] },
  {
    terms: ['lấy vợ nước ngoài', 'lấy chồng nước ngoài', 'kết hôn với người nước ngoài', 'cưới người nước ngoài', 'lấy chồng ngoại', 'lấy vợ ngoại'],
    means: ['kết hôn có yếu tố nước ngoài'],
  },
  { terms: ['giấy xác nhận độc thân', 'xác nhận độc thân', 'giấy độc thân', 'chứng nhận độc thân'], means: ['xác nhận tình trạng hôn nhân'] },
  { terms: ['trích lục', 'bản sao giấy khai sinh', 'xin lại giấy khai sinh', 'bản sao khai sinh'], means: ['cấp bản sao trích lục hộ tịch', 'trích lục'] },
  { terms: ['nhận con nuôi', 'xin con nuôi'], means: ['đăng ký nuôi con nuôi', 'nuôi con nuôi'] },
  { terms: ['nhận cha con', 'nhận con', 'nhận bố', 'nhận cha'], means: ['đăng ký nhận cha, mẹ, con'] },
  { terms: ['đổi tên', 'sửa tên', 'sửa giấy khai sinh', 'sửa ngày sinh', 'sai tên'], means: ['thay đổi, cải chính, bổ sung thông tin hộ tịch', 'cải chính hộ tịch'] },
  { terms: ['ghi chú ly hôn', 'ly hôn nước ngoài'], means: ['ghi vào sổ hộ tịch việc ly hôn'] },
  // Chứng thực, tư pháp
  { terms: ['photo công chứng', 'sao y', 'công chứng giấy tờ', 'sao y bản chính', 'công chứng bản sao', 'công chứng bằng'], means: ['chứng thực bản sao từ bản chính giấy tờ'] },
  // People say công chứng for what the commune does as chứng thực.
  { terms: ['công chứng'], means: ['chứng thực'] },
  { terms: ['chứng thực chữ ký', 'xác nhận chữ ký'], means: ['chứng thực chữ ký'] },
  { terms: ['bản dịch', 'dịch thuật công chứng', 'công chứng bản dịch', 'chứng thực bản dịch'], means: ['chứng thực chữ ký người dịch'] },
  { terms: ['LLTP', 'lý lịch tư pháp', 'giấy lý lịch tư pháp', 'xác nhận không tiền án', 'không tiền án'], means: ['phiếu lý lịch tư pháp'] },
  { terms: ['lý lịch', 'sơ yếu lý lịch'], means: ['lý lịch', 'phiếu lý lịch tư pháp'] },
  { terms: ['hợp pháp hóa lãnh sự', 'HPHLS'], means: ['hợp pháp hóa lãnh sự'] },
  // Y tế, bảo hiểm
  { terms: ['BHYT', 'thẻ bảo hiểm y tế', 'thẻ BHYT'], means: ['bảo hiểm y tế'] },
  { terms: ['BHXH', 'sổ bảo hiểm', 'sổ BHXH'], means: ['bảo hiểm xã hội'] },
  { terms: ['rút bảo hiểm xã hội', 'rút BHXH', 'rút bảo hiểm', 'lấy bảo hiểm một lần'], means: ['hưởng bảo hiểm xã hội một lần'] },
  { terms: ['BHTN', 'trợ cấp thất nghiệp', 'thất nghiệp'], means: ['bảo hiểm thất nghiệp', 'trợ cấp thất nghiệp'] },
  { terms: ['chứng chỉ hành nghề y', 'CCHN'], means: ['chứng chỉ hành nghề'] },
  { terms: ['mở phòng khám', 'phòng khám tư', 'phòng mạch'], means: ['giấy phép hoạt động đối với phòng khám'] },
  { terms: ['spa', 'thẩm mỹ viện', 'mở spa'], means: ['cơ sở dịch vụ thẩm mỹ'] },
  { terms: ['mở nhà thuốc', 'mở quầy thuốc', 'bán thuốc tây', 'mở hiệu thuốc'], means: ['bán lẻ thuốc nhà thuốc quầy thuốc'] },
  { terms: ['nhà hàng', 'quán ăn', 'quán cà phê', 'bếp ăn'], means: ['dịch vụ ăn uống'] },
  // Lao động – xã hội
  { terms: ['hộ nghèo', 'sổ hộ nghèo', 'giấy chứng nhận hộ nghèo'], means: ['hộ nghèo, hộ cận nghèo', 'hộ nghèo'] },
  { terms: ['trợ cấp người già', 'tiền người già', 'trợ cấp tuổi già'], means: ['trợ cấp xã hội hằng tháng', 'người cao tuổi'] },
  { terms: ['người khuyết tật', 'tàn tật', 'giấy xác nhận khuyết tật'], means: ['xác định mức độ khuyết tật', 'khuyết tật'] },
  { terms: ['thương binh', 'liệt sĩ', 'người có công'], means: ['người có công'] },
  { terms: ['giấy phép lao động', 'work permit', 'GPLĐ'], means: ['giấy phép lao động cho người lao động nước ngoài'] },
  { terms: ['mai táng phí', 'tiền mai táng', 'trợ cấp mai táng'], means: ['hỗ trợ chi phí mai táng', 'mai táng phí'] },
  // Giáo dục
  { terms: ['THPT', 'cấp 3', 'cấp ba'], means: ['trung học phổ thông'] },
  { terms: ['THCS', 'cấp 2', 'cấp hai'], means: ['trung học cơ sở'] },
  { terms: ['cấp 1', 'cấp một'], means: ['tiểu học'] },
  { terms: ['bằng tốt nghiệp', 'bản sao bằng', 'xin lại bằng'], means: ['cấp bản sao văn bằng, chứng chỉ', 'văn bằng'] },
  { terms: ['mở trường mầm non', 'mở nhóm trẻ', 'mở lớp mẫu giáo', 'nhóm trẻ tư thục'], means: ['cho phép hoạt động giáo dục nhóm trẻ, lớp mẫu giáo độc lập'] },
  // Nông nghiệp, môi trường, văn hóa
  { terms: ['ĐTM', 'đánh giá tác động môi trường'], means: ['báo cáo đánh giá tác động môi trường'] },
  { terms: ['giấy phép môi trường', 'GPMT'], means: ['giấy phép môi trường'] },
  { terms: ['khai thác nước ngầm', 'giếng khoan', 'khoan giếng', 'đào giếng'], means: ['khai thác nước dưới đất'] },
  { terms: ['nước ngầm'], means: ['nước dưới đất'] },
  { terms: ['thú y', 'kiểm dịch'], means: ['kiểm dịch động vật', 'thú y'] },
  { terms: ['tàu cá', 'đăng ký tàu'], means: ['đăng ký tàu cá'] },
  { terms: ['gia đình văn hóa'], means: ['gia đình văn hóa'] },
  { terms: ['lễ hội', 'tổ chức lễ hội'], means: ['đăng ký tổ chức lễ hội'] },
  { terms: ['quảng cáo', 'treo băng rôn', 'băng rôn'], means: ['thông báo sản phẩm quảng cáo'] },
  // Common short forms
  { terms: ['UBND'], means: ['ủy ban nhân dân'] },
  { terms: ['TNMT', 'TN&MT'], means: ['tài nguyên và môi trường'] },
  { terms: ['LĐTBXH', 'LĐ-TB&XH'], means: ['lao động thương binh và xã hội'] },
];

/**
 * Filler words and phrases of questions ("làm thế nào để…", "thủ tục … ở đâu"): they may match,
 * but a procedure does not need them to be found.
 */
export const defaultStopPhrases: readonly string[] = [
  'thủ tục', 'thủ tục hành chính', 'làm thế nào', 'như thế nào', 'thế nào', 'làm sao', 'ở đâu', 'cần gì',
  'cần những gì', 'cần giấy tờ gì', 'giấy tờ gì', 'bao lâu', 'mất bao lâu', 'bao nhiêu', 'hết bao nhiêu', 'hồ sơ', 'cách',
  'muốn', 'tôi', 'mình', 'em', 'cho', 'của', 'và', 'ở', 'tại', 'để', 'xin', 'làm', 'thì', 'phải', 'gì',
  'nào', 'với', 'có', 'được', 'không', 'ạ', 'nhé', 'đi', 'cần', 'ai', 'hỏi', 'về', 'mới', 'giúp',
  // The child is implied: "khai sinh cho con" is "Đăng ký khai sinh".
  'cho con', 'cho bé', 'cho cháu', 'cho em bé',
];
