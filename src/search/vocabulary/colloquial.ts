/**
 * Everyday words for procedures, and what the catalogue calls the same thing.
 *
 * Sources: the catalogue's own wording for the `means` side (the national catalogue's procedure
 * names in test/fixtures, and the names local portals publish, as in test/search/catalogue.ts);
 * for the typed side, how people ask: one-stop desk questions, the press (VnExpress, Tuổi Trẻ,
 * Thư viện Pháp luật's Q&A: "sổ đỏ", "giải chấp", "sang tên", "cà vẹt", "tiền rách") and the
 * Cổng Dịch vụ công quốc gia's own plain-language help. Each entry has a test
 * (test/search/vocabulary.node.test.ts).
 *
 * A rule fires on its typed words as consecutive syllables; the index then also searches the
 * query with them replaced by each `means`. The literal reading stays, so a rule never hides a
 * procedure that uses the citizen's own word.
 */
import type { SynonymRule } from '../synonyms.js';

export const colloquial: readonly SynonymRule[] = [
  // Verbs: people "make" a paper, the catalogue "issues" it.
  { terms: ['làm'], means: ['cấp', 'đăng ký'] },
  { terms: ['làm lại', 'xin lại', 'cấp lại do mất'], means: ['cấp lại'] },
  { terms: ['làm mới'], means: ['cấp mới', 'cấp'] },
  // Đất đai, thế chấp
  {
    terms: ['sổ đỏ', 'sổ hồng', 'bìa đỏ', 'bìa hồng', 'giấy đỏ', 'sổ nhà đất', 'giấy chứng nhận nhà đất'],
    means: ['giấy chứng nhận quyền sử dụng đất', 'giấy chứng nhận'],
  },
  {
    terms: ['làm sổ đỏ', 'làm sổ đỏ lần đầu', 'cấp sổ đỏ lần đầu', 'xin cấp sổ đỏ', 'cấp sổ đỏ'],
    means: ['cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'cấp giấy chứng nhận quyền sử dụng đất'],
  },
  {
    terms: ['sang tên sổ đỏ', 'sang tên sổ hồng', 'sang tên nhà đất', 'sang tên đất', 'sang tên sổ', 'mua bán đất', 'bán đất', 'mua đất'],
    means: ['đăng ký biến động quyền sử dụng đất chuyển nhượng'],
  },
  { terms: ['cho tặng đất', 'tặng cho đất', 'cho đất', 'tặng đất'], means: ['tặng cho quyền sử dụng đất'] },
  { terms: ['thừa kế đất', 'chia thừa kế', 'nhận thừa kế đất'], means: ['thừa kế quyền sử dụng đất'] },
  { terms: ['tách sổ', 'chia đất', 'tách đất'], means: ['tách thửa'] },
  { terms: ['gộp sổ', 'nhập thửa', 'gộp thửa'], means: ['hợp thửa'] },
  { terms: ['lên thổ cư', 'chuyển thổ cư', 'lên đất ở', 'đổi mục đích', 'thổ cư'], means: ['chuyển mục đích sử dụng đất'] },
  { terms: ['mất sổ đỏ', 'mất sổ hồng', 'mất bìa đỏ', 'làm lại sổ đỏ', 'cấp lại sổ đỏ', 'mất sổ'], means: ['cấp lại giấy chứng nhận quyền sử dụng đất do bị mất', 'cấp lại giấy chứng nhận do bị mất'] },
  { terms: ['đổi sổ đỏ', 'cấp đổi sổ đỏ', 'đổi sổ hồng', 'cấp đổi sổ hồng', 'đổi sổ'], means: ['cấp đổi giấy chứng nhận quyền sử dụng đất'] },
  {
    terms: ['sai tên trên sổ đỏ', 'sổ đỏ bị sai', 'sổ đỏ sai tên', 'sửa sổ đỏ', 'sửa thông tin sổ đỏ', 'sai sổ đỏ'],
    means: ['đính chính giấy chứng nhận'],
  },
  {
    terms: ['thế chấp sổ đỏ', 'thế chấp sổ', 'thế chấp nhà đất', 'vay ngân hàng', 'thế chấp đất'],
    means: ['đăng ký thế chấp quyền sử dụng đất', 'đăng ký biện pháp bảo đảm bằng quyền sử dụng đất'],
  },
  { terms: ['thế chấp'], means: ['biện pháp bảo đảm', 'thế chấp'] },
  {
    terms: ['giải chấp', 'giải chấp sổ đỏ', 'xóa thế chấp', 'gỡ thế chấp', 'xóa đăng ký thế chấp', 'rút sổ đỏ ngân hàng'],
    means: ['xóa đăng ký biện pháp bảo đảm bằng quyền sử dụng đất', 'xóa đăng ký thế chấp', 'xóa đăng ký biện pháp bảo đảm'],
  },
  { terms: ['đo đạc', 'trích đo'], means: ['trích đo địa chính', 'đo đạc'] },
  { terms: ['tranh chấp đất', 'kiện đất'], means: ['tranh chấp đất đai'] },
  { terms: ['nợ tiền sử dụng đất', 'xóa nợ tiền đất'], means: ['xóa nợ tiền sử dụng đất', 'ghi nợ tiền sử dụng đất'] },
  // Căn cước, cư trú, xuất nhập cảnh
  {
    terms: ['căn cước công dân', 'chứng minh nhân dân', 'chứng minh thư', 'thẻ căn cước công dân', 'căn cước gắn chip'],
    means: ['thẻ căn cước', 'căn cước'],
  },
  { terms: ['hộ khẩu', 'nhập hộ khẩu', 'nhập khẩu', 'sổ hộ khẩu', 'nhập khẩu về nhà'], means: ['đăng ký thường trú', 'cư trú'] },
  { terms: ['chuyển hộ khẩu', 'cắt khẩu', 'cắt hộ khẩu', 'xóa hộ khẩu'], means: ['xóa đăng ký thường trú', 'đăng ký thường trú'] },
  { terms: ['tách hộ khẩu', 'tách khẩu', 'tách sổ hộ khẩu'], means: ['tách hộ'] },
  { terms: ['đăng ký tạm trú', 'tạm trú', 'đăng ký ở trọ', 'ở trọ'], means: ['đăng ký tạm trú'] },
  { terms: ['báo lưu trú', 'khai báo lưu trú'], means: ['thông báo lưu trú'] },
  { terms: ['mất căn cước', 'mất CCCD', 'mất thẻ căn cước', 'mất chứng minh thư', 'mất CMND', 'làm lại căn cước', 'làm lại CCCD'], means: ['cấp lại thẻ căn cước'] },
  { terms: ['đổi căn cước', 'đổi CCCD', 'đổi CMND sang CCCD', 'đổi chứng minh thư', 'đổi thẻ căn cước'], means: ['cấp đổi thẻ căn cước'] },
  { terms: ['hộ chiếu', 'passport', 'làm passport'], means: ['hộ chiếu phổ thông'] },
  { terms: ['visa', 'thị thực'], means: ['thị thực'] },
  { terms: ['gia hạn visa', 'gia hạn thị thực'], means: ['gia hạn tạm trú'] },
  { terms: ['thẻ xanh', 'thường trú nhân'], means: ['thẻ thường trú'] },
  // Xây dựng, nhà ở
  {
    terms: ['xin phép xây dựng', 'phép xây dựng', 'xin phép xây nhà', 'xây nhà', 'giấy phép xây nhà', 'làm nhà', 'giấy phép làm nhà'],
    means: ['giấy phép xây dựng nhà ở riêng lẻ', 'giấy phép xây dựng'],
  },
  { terms: ['sửa nhà', 'cải tạo nhà', 'sửa chữa nhà'], means: ['sửa chữa, cải tạo', 'giấy phép sửa chữa, cải tạo công trình'] },
  { terms: ['chung cư', 'nhà chung cư'], means: ['nhà chung cư'] },
  // Kinh doanh, thuế
  {
    terms: ['giấy phép kinh doanh', 'giấy phép kinh doanh hộ gia đình', 'mở cửa hàng', 'mở quán', 'mở tiệm', 'kinh doanh cá thể', 'hộ cá thể', 'buôn bán nhỏ'],
    means: ['đăng ký thành lập hộ kinh doanh', 'đăng ký kinh doanh', 'hộ kinh doanh'],
  },
  { terms: ['công ty'], means: ['doanh nghiệp', 'công ty'] },
  { terms: ['thành lập công ty', 'mở công ty', 'lập công ty', 'thành lập doanh nghiệp'], means: ['đăng ký thành lập doanh nghiệp', 'đăng ký thành lập công ty'] },
  { terms: ['giải thể công ty', 'đóng công ty', 'đóng cửa công ty'], means: ['giải thể doanh nghiệp'] },
  { terms: ['đóng cửa hộ kinh doanh', 'nghỉ kinh doanh hẳn', 'đóng hộ kinh doanh', 'dẹp tiệm'], means: ['chấm dứt hoạt động hộ kinh doanh'] },
  { terms: ['tạm ngừng kinh doanh', 'tạm nghỉ kinh doanh', 'tạm dừng kinh doanh'], means: ['tạm ngừng kinh doanh'] },
  { terms: ['đổi địa chỉ công ty', 'chuyển trụ sở', 'đổi trụ sở', 'thay đổi địa chỉ'], means: ['thay đổi địa chỉ trụ sở chính'] },
  { terms: ['tăng vốn', 'giảm vốn', 'thay đổi vốn'], means: ['thay đổi vốn điều lệ'] },
  { terms: ['mở chi nhánh', 'lập chi nhánh'], means: ['đăng ký hoạt động chi nhánh'] },
  { terms: ['mã số thuế', 'xin mã số thuế'], means: ['mã số thuế', 'đăng ký thuế'] },
  { terms: ['đóng mã số thuế', 'khóa mã số thuế', 'hủy mã số thuế'], means: ['chấm dứt hiệu lực mã số thuế'] },
  { terms: ['hoàn thuế thu nhập cá nhân', 'lấy lại tiền thuế'], means: ['hoàn thuế thu nhập cá nhân', 'hoàn thuế TNCN'] },
  { terms: ['vệ sinh an toàn thực phẩm', 'giấy phép quán ăn', 'mở quán ăn'], means: ['an toàn thực phẩm', 'đủ điều kiện an toàn thực phẩm'] },
  { terms: ['bán rượu', 'giấy phép rượu'], means: ['bán lẻ rượu', 'kinh doanh rượu'] },
  { terms: ['bán thuốc lá', 'giấy phép thuốc lá'], means: ['bán lẻ sản phẩm thuốc lá'] },
  { terms: ['cây xăng', 'cửa hàng xăng dầu', 'bán xăng'], means: ['bán lẻ xăng dầu'] },
  { terms: ['phòng cháy'], means: ['phòng cháy và chữa cháy', 'phòng cháy, chữa cháy'] },
  { terms: ['karaoke', 'quán karaoke', 'hát karaoke'], means: ['dịch vụ karaoke'] },
  { terms: ['vàng miếng', 'mua bán vàng'], means: ['kinh doanh mua, bán vàng miếng'] },
  { terms: ['tiền rách', 'đổi tiền rách', 'tiền hư', 'tiền nát', 'tiền cũ rách'], means: ['đổi tiền không đủ tiêu chuẩn lưu thông'] },
  // Giao thông
  { terms: ['bằng lái', 'bằng lái xe', 'bằng xe máy', 'bằng ô tô'], means: ['giấy phép lái xe'] },
  { terms: ['mất bằng lái', 'mất bằng lái xe', 'mất GPLX', 'làm lại bằng lái', 'mất giấy phép lái xe'], means: ['cấp lại giấy phép lái xe'] },
  { terms: ['đổi bằng lái', 'đổi bằng lái xe', 'đổi GPLX', 'bằng lái hết hạn'], means: ['đổi giấy phép lái xe', 'cấp đổi giấy phép lái xe'] },
  { terms: ['biển số', 'biển số xe', 'đăng ký xe máy', 'đăng ký ô tô', 'cà vẹt', 'cavet', 'cà vẹt xe'], means: ['đăng ký xe', 'biển số xe', 'chứng nhận đăng ký xe'] },
  { terms: ['sang tên xe', 'bán xe'], means: ['đăng ký xe trong trường hợp thay đổi chủ xe', 'sang tên xe'] },
  { terms: ['đăng kiểm'], means: ['kiểm định', 'đăng kiểm'] },
  { terms: ['ô tô', 'xe hơi'], means: ['xe ô tô'] },
  // Hộ tịch
  { terms: ['giấy khai sinh', 'làm giấy khai sinh', 'làm khai sinh', 'khai sinh cho con', 'khai sinh cho bé'], means: ['đăng ký khai sinh'] },
  { terms: ['giấy chứng tử', 'báo tử', 'khai tử', 'giấy báo tử'], means: ['đăng ký khai tử'] },
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
  { terms: ['ghi chú ly hôn', 'ly hôn nước ngoài', 'ly hôn ở nước ngoài'], means: ['ghi vào sổ hộ tịch việc ly hôn'] },
  // Chứng thực, tư pháp
  { terms: ['photo công chứng', 'sao y', 'công chứng giấy tờ', 'sao y bản chính', 'công chứng bản sao', 'công chứng bằng'], means: ['chứng thực bản sao từ bản chính giấy tờ'] },
  // People say công chứng for what the commune does as chứng thực.
  { terms: ['công chứng'], means: ['chứng thực'] },
  { terms: ['chứng thực chữ ký', 'xác nhận chữ ký'], means: ['chứng thực chữ ký'] },
  { terms: ['bản dịch', 'dịch thuật công chứng', 'công chứng bản dịch', 'chứng thực bản dịch'], means: ['chứng thực chữ ký người dịch'] },
  { terms: ['hợp đồng mua bán nhà đất', 'hợp đồng nhà đất', 'hợp đồng chuyển nhượng đất'], means: ['giao dịch liên quan đến quyền sử dụng đất, nhà ở', 'hợp đồng chuyển nhượng quyền sử dụng đất'] },
  { terms: ['lý lịch tư pháp', 'giấy lý lịch tư pháp', 'xác nhận không tiền án', 'không tiền án'], means: ['phiếu lý lịch tư pháp'] },
  { terms: ['lý lịch', 'sơ yếu lý lịch'], means: ['lý lịch', 'phiếu lý lịch tư pháp'] },
  { terms: ['luật sư miễn phí', 'trợ giúp pháp lý miễn phí'], means: ['yêu cầu trợ giúp pháp lý'] },
  // Y tế, bảo hiểm
  { terms: ['thẻ bảo hiểm y tế', 'thẻ BHYT'], means: ['thẻ bảo hiểm y tế', 'bảo hiểm y tế'] },
  { terms: ['sổ bảo hiểm', 'sổ BHXH', 'sổ bảo hiểm xã hội'], means: ['sổ bảo hiểm xã hội', 'sổ BHXH'] },
  { terms: ['rút bảo hiểm xã hội', 'rút BHXH', 'rút bảo hiểm', 'lấy bảo hiểm một lần', 'rút bảo hiểm một lần'], means: ['hưởng bảo hiểm xã hội một lần'] },
  { terms: ['trợ cấp thất nghiệp', 'thất nghiệp'], means: ['bảo hiểm thất nghiệp', 'trợ cấp thất nghiệp'] },
  { terms: ['nghỉ sinh', 'nghỉ đẻ', 'tiền thai sản', 'sinh con'], means: ['chế độ thai sản'] },
  { terms: ['nghỉ ốm', 'tiền ốm đau'], means: ['chế độ ốm đau'] },
  { terms: ['lương hưu', 'nghỉ hưu'], means: ['lương hưu'] },
  { terms: ['chứng chỉ hành nghề y'], means: ['chứng chỉ hành nghề'] },
  { terms: ['mở phòng khám', 'phòng khám tư', 'phòng mạch'], means: ['giấy phép hoạt động đối với phòng khám'] },
  { terms: ['spa', 'thẩm mỹ viện', 'mở spa'], means: ['cơ sở dịch vụ thẩm mỹ'] },
  { terms: ['mở nhà thuốc', 'mở quầy thuốc', 'bán thuốc tây', 'mở hiệu thuốc'], means: ['bán lẻ thuốc nhà thuốc quầy thuốc'] },
  { terms: ['nhà hàng', 'quán ăn', 'quán cà phê', 'bếp ăn'], means: ['dịch vụ ăn uống'] },
  // Lao động – xã hội
  { terms: ['hộ nghèo', 'sổ hộ nghèo', 'giấy chứng nhận hộ nghèo', 'hộ cận nghèo'], means: ['hộ nghèo, hộ cận nghèo', 'hộ nghèo'] },
  { terms: ['trợ cấp người già', 'tiền người già', 'trợ cấp tuổi già'], means: ['trợ cấp xã hội hằng tháng', 'người cao tuổi'] },
  { terms: ['người khuyết tật', 'tàn tật', 'giấy xác nhận khuyết tật'], means: ['xác định mức độ khuyết tật', 'khuyết tật'] },
  { terms: ['thương binh', 'liệt sĩ', 'người có công'], means: ['người có công'] },
  { terms: ['giấy phép lao động', 'work permit'], means: ['giấy phép lao động cho người lao động nước ngoài'] },
  { terms: ['mai táng phí', 'tiền mai táng', 'trợ cấp mai táng'], means: ['hỗ trợ chi phí mai táng', 'mai táng phí'] },
  { terms: ['cai nghiện', 'cai ma túy'], means: ['cai nghiện ma túy'] },
  // Giáo dục
  { terms: ['cấp 3', 'cấp ba'], means: ['trung học phổ thông'] },
  { terms: ['cấp 2', 'cấp hai'], means: ['trung học cơ sở'] },
  { terms: ['cấp 1', 'cấp một'], means: ['tiểu học'] },
  { terms: ['bằng tốt nghiệp', 'bản sao bằng', 'xin lại bằng'], means: ['cấp bản sao văn bằng, chứng chỉ', 'văn bằng'] },
  { terms: ['mở trường mầm non', 'mở nhóm trẻ', 'mở lớp mẫu giáo', 'nhóm trẻ tư thục'], means: ['cho phép hoạt động giáo dục nhóm trẻ, lớp mẫu giáo độc lập'] },
  // Nông nghiệp, môi trường, văn hóa
  { terms: ['đánh giá tác động môi trường'], means: ['báo cáo đánh giá tác động môi trường'] },
  { terms: ['khai thác nước ngầm', 'giếng khoan', 'khoan giếng', 'đào giếng'], means: ['khai thác nước dưới đất'] },
  { terms: ['nước ngầm'], means: ['nước dưới đất'] },
  { terms: ['thú y', 'kiểm dịch'], means: ['kiểm dịch động vật', 'thú y'] },
  { terms: ['tàu cá', 'đăng ký tàu', 'đăng ký tàu cá'], means: ['đăng ký tàu cá'] },
  { terms: ['lễ hội', 'tổ chức lễ hội'], means: ['đăng ký tổ chức lễ hội'] },
  { terms: ['quảng cáo', 'treo băng rôn', 'băng rôn'], means: ['thông báo sản phẩm quảng cáo'] },
  { terms: ['súng thể thao', 'súng săn'], means: ['vũ khí thể thao'] },
  { terms: ['pháo hoa', 'bắn pháo hoa'], means: ['pháo hoa'] },
];
