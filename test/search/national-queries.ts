/**
 * Labelled queries against the real national catalogue (test/fixtures/national/catalogue.json,
 * 2,642 procedures), written from how citizens and clerks type, each answered by the code(s) of
 * the procedure in that file. Looked up by hand in the catalogue, never from a search result.
 *
 * When one procedure exists at several levels under several codes (the ID card at commune,
 * province and ministry level), a query that names no level accepts any of them; a query with a
 * level hint ("ở xã", "cấp tỉnh") accepts only that level's code.
 *
 * Held out: every fifth query (see {@link heldOut}) is kept out of tuning. Its figures are
 * reported apart and were looked at only once the ranking was done.
 */
export type NationalKind =
  | 'plain' // the catalogue's wording, with marks
  | 'bare' // without marks
  | 'telex' // raw Telex or VNI keystrokes, no IME
  | 'abbrev' // CCCD, GPXD, HKD, DN, BHXH…
  | 'everyday' // the citizen's words, not the catalogue's
  | 'question' // a long question full of filler
  | 'variant' // asks for a variant: cấp lại, cấp đổi, gia hạn, trình báo mất…
  | 'level' // names the level: ở xã, cấp tỉnh, trung ương
  | 'code' // a procedure code, often after filler words
  | 'trap'; // the short basic name among longer near-duplicates and variants

export interface NationalQuery {
  q: string;
  expect: string[];
  kind: NationalKind;
}

export const nationalQueries: readonly NationalQuery[] = [
  // Hộ tịch
  { q: 'dang ky khai sinh', expect: ['1.001193'], kind: 'bare' },
  { q: 'lam giay khai sinh cho con', expect: ['1.001193'], kind: 'everyday' },
  { q: 'đăng ký kết hôn', expect: ['1.000894'], kind: 'plain' },
  { q: 'ket hon voi nguoi nuoc ngoai', expect: ['2.000806'], kind: 'bare' },
  { q: 'khai tu cho bo', expect: ['1.000656'], kind: 'everyday' },
  { q: 'giấy chứng tử', expect: ['1.000656'], kind: 'everyday' },
  { q: 'xac nhan tinh trang hon nhan', expect: ['1.004873'], kind: 'bare' },
  { q: 'giay xac nhan doc than', expect: ['1.004873'], kind: 'everyday' },
  { q: 'đăng ký lại khai sinh', expect: ['1.004884'], kind: 'variant' },
  { q: 'sửa tên trong giấy khai sinh', expect: ['1.004859'], kind: 'everyday' },
  { q: 'ban sao giay khai sinh', expect: ['2.000635'], kind: 'bare' },
  { q: 'trích lục kết hôn', expect: ['2.000635'], kind: 'everyday' },
  { q: 'nhan cha con', expect: ['1.001022'], kind: 'bare' },
  { q: 'khai sinh kết hợp nhận cha con', expect: ['1.000689'], kind: 'plain' },
  { q: 'dang ky giam ho', expect: ['1.004837'], kind: 'trap' },
  { q: 'cham dut giam ho', expect: ['1.004845'], kind: 'variant' },
  { q: 'xac dinh lai dan toc', expect: ['1.004859'], kind: 'bare' },
  { q: 'khai sinh cho con co bo la nguoi nuoc ngoai', expect: ['2.000528'], kind: 'everyday' },
  { q: 'ghi chu ly hon o nuoc ngoai', expect: ['2.000554'], kind: 'everyday' },
  { q: 'khai sinh lưu động', expect: ['1.003583'], kind: 'variant' },
  { q: 'dang ky lai ket hon', expect: ['1.004746'], kind: 'variant' },
  { q: 'nhận con nuôi', expect: ['2.001263'], kind: 'everyday' },
  { q: 'liên thông khai sinh thường trú bhyt cho trẻ dưới 6 tuổi', expect: ['2.000986'], kind: 'abbrev' },
  { q: 'khai sinh', expect: ['1.001193'], kind: 'trap' },
  { q: 'khai tử', expect: ['1.000656'], kind: 'trap' },
  { q: 'đăng ký kết ho', expect: ['1.000894'], kind: 'plain' },

  // Chứng thực
  { q: 'chung thuc ban sao', expect: ['2.000815'], kind: 'bare' },
  { q: 'photo công chứng', expect: ['2.000815'], kind: 'everyday' },
  { q: 'sao y ban chinh', expect: ['2.000815'], kind: 'everyday' },
  { q: 'chứng thực chữ ký', expect: ['2.000884'], kind: 'trap' },
  { q: 'chung thuc di chuc', expect: ['2.001019'], kind: 'bare' },
  { q: 'chứng thực hợp đồng mua bán nhà đất', expect: ['2.001035'], kind: 'everyday' },
  { q: 'chung thuc van ban phan chia di san', expect: ['2.001406'], kind: 'bare' },
  { q: 'từ chối nhận di sản thừa kế', expect: ['2.001016'], kind: 'plain' },
  { q: 'chứng thực bản dịch', expect: ['2.000975', '2.000988', '2.000992', '2.001008'], kind: 'everyday' },
  { q: 'cap ban sao tu so goc', expect: ['2.000908'], kind: 'bare' },

  // Cư trú
  { q: 'dang ky thuong tru', expect: ['1.004222'], kind: 'trap' },
  { q: 'nhập hộ khẩu', expect: ['1.004222'], kind: 'everyday' },
  { q: 'đăng ký tạm trú', expect: ['1.004194'], kind: 'trap' },
  { q: 'gia han tam tru', expect: ['1.002755'], kind: 'variant' },
  { q: 'khai bao tam vang', expect: ['1.003677'], kind: 'bare' },
  { q: 'cắt hộ khẩu', expect: ['1.003197'], kind: 'everyday' },
  { q: 'tach ho khau', expect: ['1.010038'], kind: 'everyday' },
  { q: 'xác nhận cư trú', expect: ['1.010041'], kind: 'plain' },
  { q: 'xoa dang ky tam tru', expect: ['1.010028'], kind: 'variant' },
  { q: 'báo lưu trú cho khách thuê phòng', expect: ['2.001159'], kind: 'everyday' },
  { q: 'khai báo tạm trú cho người nước ngoài', expect: ['1.000253', '1.001437'], kind: 'plain' },

  // Căn cước, định danh
  { q: 'lam cccd', expect: ['1.014061', '2.000200', '1.001247', '1.014062', '1.012549', '1.012543'], kind: 'abbrev' },
  { q: 'cccd lan dau', expect: ['1.014061', '2.000200', '1.001247', '1.014062', '1.012549', '1.012543'], kind: 'abbrev' },
  { q: 'cấp lại cccd bị mất', expect: ['1.014064', '2.001194', '1.000757'], kind: 'variant' },
  { q: 'doi cccd', expect: ['1.014063', '2.001195', '1.000889'], kind: 'variant' },
  { q: 'làm căn cước cho con dưới 14 tuổi', expect: ['1.014062', '1.012549', '1.012543'], kind: 'everyday' },
  { q: 'cấp đổi thẻ căn cước ở xã', expect: ['1.014063'], kind: 'level' },
  { q: 'cap lai the can cuoc cap tinh', expect: ['2.001194'], kind: 'level' },
  { q: 'tài khoản định danh điện tử mức 2', expect: ['3.000228'], kind: 'plain' },
  { q: 'vneid muc do 2', expect: ['3.000228'], kind: 'abbrev' },
  { q: 'khoa can cuoc dien tu', expect: ['3.000271', '3.000276'], kind: 'bare' },
  { q: 'thẻ căn cước', expect: ['1.014061', '2.000200', '1.001247', '1.014062', '1.012549', '1.012543'], kind: 'trap' },

  // Xuất nhập cảnh, quốc tịch
  { q: 'làm hộ chiếu', expect: ['1.001456', '1.001471'], kind: 'everyday' },
  { q: 'passport', expect: ['1.001456', '1.001471'], kind: 'everyday' },
  { q: 'mat ho chieu', expect: ['1.001445', '1.010385', '1.010386', '2.000539'], kind: 'variant' },
  { q: 'trình báo mất hộ chiếu ở xã', expect: ['1.010386'], kind: 'level' },
  { q: 'gia hạn visa cho người nước ngoài', expect: ['1.001146', '1.003326'], kind: 'everyday' },
  { q: 'cap thi thuc dien tu', expect: ['1.002756', '1.002757'], kind: 'bare' },
  { q: 'thẻ tạm trú cho người nước ngoài', expect: ['1.003460', '1.003358'], kind: 'plain' },
  { q: 'nhập quốc tịch việt nam', expect: ['2.002039', '2.002797'], kind: 'plain' },
  { q: 'thoi quoc tich', expect: ['2.002036', '1.005141'], kind: 'bare' },
  { q: 'xac nhan co quoc tich viet nam', expect: ['1.005136', '1.005137'], kind: 'bare' },
  { q: 'hộ chiếu phổ thông', expect: ['1.001456', '1.001471'], kind: 'trap' },
  { q: 'thẻ ABTC', expect: ['1.000811'], kind: 'trap' },
  { q: 'cap lai the abtc', expect: ['2.000293'], kind: 'variant' },

  // Giấy phép lái xe, đăng ký xe
  { q: 'giấy phép lái xe', expect: ['3.000346'], kind: 'trap' },
  { q: 'bang lai xe', expect: ['3.000346'], kind: 'everyday' },
  { q: 'doi bang lai', expect: ['3.000347'], kind: 'variant' },
  { q: 'mất bằng lái xe', expect: ['3.000348'], kind: 'variant' },
  { q: 'tôi bị mất giấy phép lái xe thì xin cấp lại như thế nào', expect: ['3.000348'], kind: 'question' },
  { q: 'gplx quoc te', expect: ['3.000353'], kind: 'abbrev' },
  { q: 'doi bang lai xe cua nguoi nuoc ngoai', expect: ['3.000351'], kind: 'variant' },
  { q: 'đăng ký biển số xe mới mua', expect: ['1.013067', '1.012575', '1.013066'], kind: 'everyday' },
  { q: 'sang tên xe máy', expect: ['1.013076'], kind: 'everyday' },
  { q: 'cap lai cavet xe', expect: ['1.013080', '1.013082'], kind: 'variant' },
  { q: 'doi dang ky xe', expect: ['1.013079'], kind: 'variant' },
  { q: 'dang ky xe tam thoi', expect: ['1.013083', '1.013086'], kind: 'bare' },
  { q: 'thu hồi đăng ký biển số xe', expect: ['1.013065', '1.013123'], kind: 'variant' },
  { q: 'giấy phép lưu hành xe quá tải', expect: ['1.000028'], kind: 'plain' },
  { q: 'giay phep kinh doanh van tai oto', expect: ['1.000703'], kind: 'trap' },
  { q: 'phu hieu xe o to kinh doanh van tai', expect: ['2.002288'], kind: 'bare' },

  // Đất đai, thế chấp
  { q: 'cấp lại sổ đỏ bị mất', expect: ['1.012786'], kind: 'everyday' },
  { q: 'lam so do lan dau', expect: ['1.013978', '1.012753'], kind: 'everyday' },
  { q: 'sai tên trên sổ đỏ', expect: ['1.012790', '1.012796'], kind: 'everyday' },
  { q: 'đổi sổ đỏ', expect: ['1.012783'], kind: 'everyday' },
  { q: 'tach thua dat', expect: ['1.012784'], kind: 'bare' },
  { q: 'hợp thửa', expect: ['1.012784'], kind: 'plain' },
  { q: 'chuyển mục đích sử dụng đất lên thổ cư', expect: ['1.013949', '1.013823'], kind: 'everyday' },
  { q: 'hoa giai tranh chap dat dai', expect: ['1.012812'], kind: 'bare' },
  { q: 'giải quyết tranh chấp đất đai ở xã', expect: ['1.013967', '1.012812'], kind: 'level' },
  { q: 'giải chấp sổ đỏ', expect: ['1.011443'], kind: 'everyday' },
  { q: 'đăng ký thế chấp nhà đất', expect: ['1.011441'], kind: 'everyday' },
  { q: 'the chap so do vay ngan hang', expect: ['1.011441'], kind: 'everyday' },
  { q: 'xoa no tien su dung dat', expect: ['1.012996', '1.013988'], kind: 'bare' },
  { q: 'sang tên sổ đỏ', expect: ['1.013831'], kind: 'everyday' },
  { q: 'thua ke quyen su dung dat', expect: ['1.013831'], kind: 'bare' },
  { q: 'khai le phi truoc ba nha dat', expect: ['1.007277'], kind: 'bare' },
  { q: 'đăng ký biện pháp bảo đảm bằng quyền sử dụng đất', expect: ['1.011441'], kind: 'trap' },
  { q: 'thay doi bien phap bao dam bang quyen su dung dat', expect: ['1.011442'], kind: 'variant' },

  // Xây dựng, nhà ở
  { q: 'xin giấy phép xây dựng nhà ở riêng lẻ', expect: ['1.013225'], kind: 'plain' },
  { q: 'gia hạn giấy phép xây dựng', expect: ['1.013227', '1.013233'], kind: 'variant' },
  { q: 'GPXD', expect: ['1.013225', '1.013236'], kind: 'abbrev' },
  { q: 'cap lai gpxd', expect: ['1.013228', '1.013235'], kind: 'variant' },
  { q: 'giay phep sua chua cai tao nha', expect: ['1.013229', '1.013238'], kind: 'everyday' },
  { q: 'giấy phép di dời công trình', expect: ['1.013232', '1.013230'], kind: 'plain' },
  { q: 'chứng chỉ hành nghề hoạt động xây dựng', expect: ['1.013237'], kind: 'trap' },
  { q: 'chung chi hanh nghe kien truc', expect: ['1.008891'], kind: 'trap' },
  { q: 'mua nhà ở xã hội', expect: ['1.014632'], kind: 'everyday' },
  { q: 'gia hạn sở hữu nhà ở của người nước ngoài', expect: ['1.012890'], kind: 'variant' },
  { q: 'cong nhan ban quan tri chung cu', expect: ['1.012888'], kind: 'bare' },
  { q: 'chứng chỉ môi giới bất động sản', expect: ['1.012906'], kind: 'trap' },

  // Doanh nghiệp, hộ kinh doanh, hợp tác xã
  { q: 'thành lập công ty TNHH một thành viên', expect: ['2.001583'], kind: 'abbrev' },
  { q: 'mo cong ty co phan', expect: ['2.002043'], kind: 'everyday' },
  { q: 'thành lập doanh nghiệp tư nhân', expect: ['2.001610'], kind: 'plain' },
  { q: 'dang ky DN tu nhan', expect: ['2.001610'], kind: 'abbrev' },
  { q: 'giải thể công ty', expect: ['2.002023'], kind: 'everyday' },
  { q: 'tam ngung kinh doanh cong ty', expect: ['2.002029'], kind: 'everyday' },
  { q: 'thay doi dia chi tru so cong ty', expect: ['2.002041'], kind: 'everyday' },
  { q: 'đổi tên công ty', expect: ['2.002041'], kind: 'everyday' },
  { q: 'tang von dieu le cong ty', expect: ['2.002009'], kind: 'everyday' },
  { q: 'mở chi nhánh công ty', expect: ['2.002069'], kind: 'everyday' },
  { q: 'cap lai giay chung nhan dang ky doanh nghiep bi mat', expect: ['2.002018'], kind: 'variant' },
  { q: 'chuyen doi cong ty tnhh thanh cong ty co phan', expect: ['2.002034'], kind: 'abbrev' },
  { q: 'đăng ký hộ kinh doanh', expect: ['1.001612'], kind: 'trap' },
  { q: 'dang ky HKD', expect: ['1.001612'], kind: 'abbrev' },
  { q: 'mở quán tạp hóa', expect: ['1.001612'], kind: 'everyday' },
  { q: 'đóng cửa hộ kinh doanh', expect: ['1.001266'], kind: 'everyday' },
  { q: 'tam ngung hkd', expect: ['1.001570'], kind: 'abbrev' },
  { q: 'thay doi noi dung dang ky ho kinh doanh', expect: ['2.000720'], kind: 'variant' },
  { q: 'cấp lại giấy phép kinh doanh hộ cá thể', expect: ['2.000575'], kind: 'everyday' },
  { q: 'thanh lap hop tac xa', expect: ['1.005280'], kind: 'bare' },
  { q: 'giai the htx', expect: ['1.004982'], kind: 'abbrev' },
  { q: 'giải thể DN', expect: ['2.002023'], kind: 'abbrev' },

  // Thuế
  { q: 'xin mã số thuế cá nhân', expect: ['1.008498'], kind: 'everyday' },
  { q: 'quyết toán thuế thu nhập cá nhân', expect: ['2.002233', '1.008309'], kind: 'plain' },
  { q: 'hoan thue tncn', expect: ['1.008562', '2.002233'], kind: 'abbrev' },
  { q: 'cap lai thong bao ma so thue', expect: ['1.008501'], kind: 'variant' },
  { q: 'khoi phuc mst', expect: ['1.008510'], kind: 'abbrev' },
  { q: 'đóng mã số thuế', expect: ['1.007607'], kind: 'everyday' },

  // Bảo hiểm
  { q: 'rút bảo hiểm xã hội một lần', expect: ['1.001613'], kind: 'everyday' },
  { q: 'rut bhxh 1 lan', expect: ['1.001613'], kind: 'abbrev' },
  { q: 'hưởng chế độ thai sản', expect: ['2.000693'], kind: 'plain' },
  { q: 'huong che do om dau', expect: ['1.001667'], kind: 'bare' },
  { q: 'cấp lại thẻ bhyt bị mất', expect: ['1.001294', '1.001327', '1.002759'], kind: 'variant' },
  { q: 'làm thẻ bảo hiểm y tế', expect: ['2.000639', '1.003116', '1.001939'], kind: 'everyday' },
  { q: 'dong bhxh tu nguyen', expect: ['1.002179'], kind: 'abbrev' },
  { q: 'so bhxh bi sai thong tin', expect: ['1.002759'], kind: 'everyday' },
  { q: 'chế độ tử tuất', expect: ['2.000821'], kind: 'plain' },
  { q: 'chuyển nơi nhận lương hưu sang tỉnh khác', expect: ['1.001742'], kind: 'everyday' },

  // Tư pháp
  { q: 'xin phiếu lý lịch tư pháp', expect: ['3.000333', '3.000330'], kind: 'plain' },
  { q: 'LLTP', expect: ['3.000333', '3.000330'], kind: 'abbrev' },
  { q: 'yeu cau tro giup phap ly', expect: ['2.000829'], kind: 'bare' },
  { q: 'yêu cầu bồi thường nhà nước', expect: ['2.002165', '2.002192', '2.002195'], kind: 'plain' },
  { q: 'yeu cau thi hanh an dan su', expect: ['1.003091'], kind: 'bare' },
  { q: 'cấp chứng chỉ hành nghề luật sư', expect: ['1.000828', '1.000688'], kind: 'trap' },
  { q: 'thanh lap van phong cong chung', expect: ['1.013834'], kind: 'bare' },
  { q: 'bổ nhiệm công chứng viên', expect: ['1.013803'], kind: 'trap' },
  { q: 'cap the cong chung vien', expect: ['1.013859'], kind: 'trap' },

  // Khác: ngân hàng, an sinh, an ninh
  { q: 'đổi tiền rách', expect: ['2.001077'], kind: 'everyday' },
  { q: 'đổi tiền', expect: ['2.001077'], kind: 'trap' },
  { q: 'giấy phép kinh doanh vàng miếng', expect: ['1.000616'], kind: 'plain' },
  { q: 'xin giấy chứng nhận hộ nghèo', expect: ['1.011607', '1.011606'], kind: 'everyday' },
  { q: 'cong nhan ho can ngheo', expect: ['1.011607', '1.011606'], kind: 'bare' },
  { q: 'đăng ký cai nghiện ma túy tự nguyện', expect: ['3.000527'], kind: 'plain' },
  { q: 'giấy phép hoạt động cơ sở cai nghiện', expect: ['3.000364'], kind: 'trap' },
  { q: 'tham dinh thiet ke pccc', expect: ['3.000489'], kind: 'abbrev' },
  { q: 'nghiem thu pccc', expect: ['3.000490', '3.000493'], kind: 'abbrev' },
  { q: 'đăng ký mẫu con dấu mới', expect: ['2.001403'], kind: 'plain' },
  { q: 'giay phep su dung vu khi the thao', expect: ['3.000398'], kind: 'trap' },
  { q: 'giấy chứng nhận đủ điều kiện an ninh trật tự', expect: ['2.001478', '1.003204'], kind: 'trap' },
  { q: 'dang ky tau ca', expect: ['1.003650'], kind: 'trap' },

  // Codes after filler words
  { q: 'mã thủ tục 1.001193', expect: ['1.001193'], kind: 'code' },
  { q: 'tra cứu thủ tục 2.000815', expect: ['2.000815'], kind: 'code' },
  { q: 'thu tuc 1.013225 can giay to gi', expect: ['1.013225'], kind: 'code' },
  { q: 'ma so 3.000348', expect: ['3.000348'], kind: 'code' },
  { q: '1004222', expect: ['1.004222'], kind: 'code' },
  { q: 'thủ tục số 1.014061 nộp ở đâu', expect: ['1.014061'], kind: 'code' },
  { q: 'ho so theo ma 2.001583 gom nhung gi', expect: ['2.001583'], kind: 'code' },
  { q: 'TTHC 1.011443', expect: ['1.011443'], kind: 'code' },

  // Raw Telex and VNI typing
  { q: 'ddawng kys keets hoon', expect: ['1.000894'], kind: 'telex' },
  { q: 'd9a8ng ky1 khai sinh', expect: ['1.001193'], kind: 'telex' },
  { q: 'caaps laij soor ddor', expect: ['1.012786'], kind: 'telex' },
  { q: 'giaays pheps xaay duwngj', expect: ['1.013225', '1.013236'], kind: 'telex' },
  { q: 'hooj chieeus', expect: ['1.001456', '1.001471'], kind: 'telex' },
  { q: 'ca6p1 la5i the3 ca8n cu7o71c', expect: ['1.014064', '2.001194', '1.000757'], kind: 'telex' },
  { q: 'd9a8ng ky1 ta5m tru1', expect: ['1.004194'], kind: 'telex' },
  { q: 'chuwngs thuwcj banr sao', expect: ['2.000815'], kind: 'telex' },
  { q: 'ddawng kys thuwowngf trus', expect: ['1.004222'], kind: 'telex' },
  { q: 'giaays xacs nhaanj ddoocj thaan', expect: ['1.004873'], kind: 'telex' },
  { q: 'ke6t1 ho6n', expect: ['1.000894'], kind: 'telex' },
  { q: 'khai tuwr', expect: ['1.000656'], kind: 'telex' },

  // Level hints
  { q: 'cấp thẻ căn cước cấp tỉnh', expect: ['2.000200', '1.012549'], kind: 'level' },
  { q: 'trình báo mất hộ chiếu cấp tỉnh', expect: ['1.001445'], kind: 'level' },
  { q: 'gia hạn tạm trú cho người nước ngoài tại công an tỉnh', expect: ['1.001146'], kind: 'level' },
  { q: 'cấp hộ chiếu ở trung ương', expect: ['1.001471'], kind: 'level' },
  { q: 'khai thác thông tin cơ sở dữ liệu căn cước ở xã', expect: ['1.014056'], kind: 'level' },
  { q: 'đổi thẻ căn cước cấp trung ương', expect: ['1.000889'], kind: 'level' },
  { q: 'xác nhận thông tin xuất nhập cảnh ở xã', expect: ['1.014363'], kind: 'level' },
  { q: 'dang ky lai mau con dau cap tinh', expect: ['2.001410'], kind: 'level' },
  { q: 'giấy chứng nhận ANTT cấp tỉnh', expect: ['2.001478'], kind: 'level' },
  { q: 'cấp lại thẻ căn cước ở phường', expect: ['1.014064'], kind: 'level' },
  { q: 'giai quyet khieu nai doi voi cong an cap xa', expect: ['1.004335'], kind: 'level' },
  { q: 'cấp thẻ bảo hiểm y tế tỉnh', expect: ['2.000639'], kind: 'level' },

  // Long questions
  { q: 'cho em hỏi muốn đăng ký kết hôn thì cần những giấy tờ gì ạ', expect: ['1.000894'], kind: 'question' },
  { q: 'bố tôi mới mất, làm giấy báo tử ở đâu', expect: ['1.000656'], kind: 'question' },
  { q: 'em muốn mở công ty trách nhiệm hữu hạn hai thành viên thì làm thế nào', expect: ['2.001199'], kind: 'question' },
  { q: 'nhà tôi bị mất sổ đỏ giờ phải làm sao để được cấp lại', expect: ['1.012786'], kind: 'question' },
  { q: 'làm sao để tách hộ khẩu ra ở riêng', expect: ['1.010038'], kind: 'question' },
  { q: 'tôi muốn xây nhà thì phải xin giấy phép gì', expect: ['1.013225'], kind: 'question' },
  { q: 'vợ tôi mới sinh con thì hưởng chế độ thai sản như thế nào', expect: ['2.000693'], kind: 'question' },
  { q: 'khách nước ngoài ở nhà nghỉ thì khai báo tạm trú thế nào', expect: ['1.000253', '1.001437'], kind: 'question' },
  { q: 'cần làm gì khi bị mất căn cước công dân', expect: ['1.014064', '2.001194', '1.000757'], kind: 'question' },
  { q: 'thủ tục sang tên xe ô tô khi mua xe cũ', expect: ['1.013076'], kind: 'question' },
  { q: 'muốn xin giấy xác nhận độc thân để đi đăng ký kết hôn thì làm ở đâu', expect: ['1.004873'], kind: 'question' },
  { q: 'mẹ tôi muốn tặng cho con mảnh đất thì làm thủ tục gì', expect: ['1.013831'], kind: 'question' },
];

/** Every fifth query (positions 4, 9, 14…), held out of tuning. */
export const heldOut: readonly NationalQuery[] = nationalQueries.filter((_, i) => i % 5 === 4);
/** The rest: what the ranking was tuned on. */
export const tuning: readonly NationalQuery[] = nationalQueries.filter((_, i) => i % 5 !== 4);
