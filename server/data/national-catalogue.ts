// Made by scripts/national-sample.mjs from ../shared/national; do not edit, run the script again.
import type { NationalCatalogueFile } from './national-lines.js';

export const NATIONAL_CATALOGUE: NationalCatalogueFile = {
 "source": "CSDL quốc gia về thủ tục hành chính — danh mục thủ tục (../shared/national/catalogue.json)",
 "madeBy": "scripts/national-sample.mjs",
 "rule": "commune or province lines: all of the core citizen fields and the dossier flows, those named like the sample templates or with a full record in national-records.ts, then the smallest FNV-1a hashes of the code",
 "total": 2642,
 "lines": [
  {
   "code": "1.000045",
   "name": "Xác nhận bảng kê lâm sản",
   "field": "Kiểm lâm",
   "level": "Cấp tỉnh",
   "agency": "Chi cục Kiểm lâm"
  },
  {
   "code": "1.000080",
   "name": "Thủ tục đăng ký nhận cha, mẹ, con có yếu tố nước ngoài tại khu vực biên giới",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": "Ủy ban Nhân dân xã, phường, thị trấn."
  },
  {
   "code": "1.000094",
   "name": "Thủ tục đăng ký kết hôn có yếu tố nước ngoài tại khu vực biên giới",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.000110",
   "name": "Thủ tục đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": "Ủy ban Nhân dân xã, phường, thị trấn."
  },
  {
   "code": "1.000253",
   "name": "Khai báo tạm trú cho người nước ngoài tại Việt Nam bằng Phiếu khai báo tạm trú",
   "field": "Quản lý xuất nhập cảnh",
   "level": "Cấp xã",
   "agency": "Công an cấp Xã"
  },
  {
   "code": "1.000419",
   "name": "Thủ tục đăng ký khai tử lưu động",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": "Ủy ban Nhân dân xã, phường, thị trấn."
  },
  {
   "code": "1.000593",
   "name": "Thủ tục đăng ký kết hôn lưu động",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": "Ủy ban Nhân dân xã, phường, thị trấn."
  },
  {
   "code": "1.000607",
   "name": "Thủ tục tự nguyện chấm dứt hoạt động, giải thể chi nhánh của ngân hàng hợp tác xã",
   "field": "Thành lập và hoạt động ngân hàng",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.000614",
   "name": "Đăng ký hoạt động cho chi nhánh của Trung tâm tư vấn pháp luật",
   "field": "Tư vấn pháp luật",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.000656",
   "name": "Thủ tục đăng ký khai tử",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": "Ủy ban Nhân dân xã, phường, thị trấn."
  },
  {
   "code": "1.000672",
   "name": "Công bố lại bến xe khách",
   "field": "Đường bộ",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.000688",
   "name": "Cấp Chứng chỉ hành nghề luật sư đối với người được miễn đào tạo nghề luật sư, miễn tập sự hành nghề luật sư",
   "field": "Luật sư",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.000689",
   "name": "Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": "Ủy ban Nhân dân xã, phường, thị trấn."
  },
  {
   "code": "1.000893",
   "name": "Thủ tục đăng ký khai sinh có yếu tố nước ngoài cho người đã có hồ sơ, giấy tờ cá nhân",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.000894",
   "name": "Thủ tục đăng ký kết hôn",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": "Ủy ban Nhân dân xã, phường, thị trấn."
  },
  {
   "code": "1.000931",
   "name": "Cấp giấy phép vào khu vực cấm, khu vực biên giới cho người nước ngoài tại Công an cấp tỉnh",
   "field": "Quản lý xuất nhập cảnh",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.000969",
   "name": "Sửa đổi, bổ sung Giấy phép nhận chìm ở biển (cấp tỉnh)",
   "field": "Biển và hải đảo",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.000970",
   "name": "Sửa đổi, bổ sung, gia hạn giấy phép hoạt động dự báo, cảnh báo khí tượng thủy văn (cấp tỉnh)",
   "field": "Khí tượng, thủy văn",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương"
  },
  {
   "code": "1.000972",
   "name": "Thủ tục đăng ký khoản vay nước ngoài của doanh nghiệp không được Chính phủ bảo lãnh",
   "field": "Hoạt động ngoại hối",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.000987",
   "name": "Cấp giấy phép hoạt động dự báo, cảnh báo khí tượng thủy văn (cấp tỉnh)",
   "field": "Khí tượng, thủy văn",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương"
  },
  {
   "code": "1.001022",
   "name": "Thủ tục đăng ký nhận cha, mẹ, con",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": "Ủy ban Nhân dân xã, phường, thị trấn."
  },
  {
   "code": "1.001146",
   "name": "Gia hạn tạm trú cho người nước ngoài tại Việt Nam (thực hiện tại cấp tỉnh)",
   "field": "Quản lý xuất nhập cảnh",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.001193",
   "name": "Thủ tục đăng ký khai sinh",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.001266",
   "name": "Chấm dứt hoạt động hộ kinh doanh",
   "field": "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)",
   "level": "Cấp bộ, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.001570",
   "name": "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh",
   "field": "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)",
   "level": "Cấp bộ, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.001598",
   "name": "Giải quyết hưởng trợ cấp nghỉ DSPHSK sau ốm đau, thai sản, TNLĐ, BNN",
   "field": "Thực hiện chính sách BHXH",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": "Bảo hiểm xã hội cấp Tỉnh, Bảo hiểm xã hội cấp huyện"
  },
  {
   "code": "1.001612",
   "name": "Đăng ký thành lập hộ kinh doanh",
   "field": "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)",
   "level": "Cấp bộ, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.001613",
   "name": "Giải quyết hưởng bảo hiểm xã hội một lần",
   "field": "Thực hiện chính sách BHXH",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": "Bảo hiểm xã hội cấp Tỉnh, Bảo hiểm xã hội cấp huyện"
  },
  {
   "code": "1.001662",
   "name": "Đăng ký khai thác nước dưới đất",
   "field": "Tài nguyên nước",
   "level": "Cấp xã",
   "agency": "Chủ tịch UBND cấp xã"
  },
  {
   "code": "1.001667",
   "name": "Giải quyết hưởng chế độ ốm đau",
   "field": "Thực hiện chính sách BHXH",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": "Bảo hiểm xã hội cấp Tỉnh, Bảo hiểm xã hội cấp huyện"
  },
  {
   "code": "1.001669",
   "name": "Thủ tục đăng ký giám hộ có yếu tố nước ngoài",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": "UBND cấp huyện"
  },
  {
   "code": "1.001686",
   "name": "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
   "field": "Thú y",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.001695",
   "name": "Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con có yếu tố nước ngoài",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.001707",
   "name": "Thủ tục chấp thuận thay đổi tên của tổ chức tín dụng là hợp tác xã",
   "field": "Thành lập và hoạt động ngân hàng",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.001710",
   "name": "Giải quyết điều chỉnh, hủy quyết định, chấm dứt hưởng BHXH",
   "field": "Thực hiện chính sách BHXH",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.001717",
   "name": "Cấp lại chứng chỉ thẩm tra viên an toàn giao thông đường bộ",
   "field": "Đường bộ",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.001737",
   "name": "Gia hạn thời gian lưu hành tại Việt Nam cho phương tiện của Trung Quốc",
   "field": "Đường bộ",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.001765",
   "name": "Cấp Giấy chứng nhận giáo viên dạy thực hành lái xe",
   "field": "Đường bộ",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.001766",
   "name": "Thủ tục đăng ký khai tử có yếu tố nước ngoài",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.002268",
   "name": "Đăng ký khai thác tuyến, bổ sung hoặc thay thế phương tiện khai thác tuyến vận tải hành khách cố định giữa Việt Nam, Lào và Campuchia",
   "field": "Đường bộ",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.002359",
   "name": "Cấp lại giấy phép xuất nhập cảnh cho người không quốc tịch cư trú tại Việt Nam",
   "field": "Quản lý xuất nhập cảnh",
   "level": "Cấp tỉnh",
   "agency": "Cục quản lý xuất nhập cảnh"
  },
  {
   "code": "1.002421",
   "name": "Thủ tục cho phép mang tiền của nước có chung biên giới vào các tỉnh nội địa",
   "field": "Hoạt động ngoại hối",
   "level": "Cấp tỉnh",
   "agency": "Ngân hàng Nhà nước Việt Nam"
  },
  {
   "code": "1.002755",
   "name": "Gia hạn tạm trú",
   "field": "Đăng ký, quản lý cư trú",
   "level": "Cấp xã",
   "agency": "Công an cấp Xã"
  },
  {
   "code": "1.003005",
   "name": "Giải quyết việc người nước ngoài cư trú ở khu vực biên giới nước láng giềng nhận trẻ em Việt Nam làm con nuôi",
   "field": "Nuôi con nuôi",
   "level": "Cấp xã",
   "agency": "Ủy ban Nhân dân xã, phường, thị trấn."
  },
  {
   "code": "1.003160",
   "name": "Giải quyết việc người nước ngoài thường trú ở Việt Nam nhận trẻ em Việt Nam làm con nuôi",
   "field": "Nuôi con nuôi",
   "level": "Cấp tỉnh",
   "agency": "Ủy ban Nhân dân tỉnh và thành phố trực thuộc trung ương."
  },
  {
   "code": "1.003179",
   "name": "Đăng ký lại việc nuôi con nuôi có yếu tố nước ngoài",
   "field": "Nuôi con nuôi",
   "level": "Cấp tỉnh",
   "agency": "Ủy ban Nhân dân tỉnh và thành phố trực thuộc trung ương."
  },
  {
   "code": "1.003197",
   "name": "Xóa đăng ký thường trú",
   "field": "Đăng ký, quản lý cư trú",
   "level": "Cấp xã",
   "agency": "Công an cấp Xã"
  },
  {
   "code": "1.003198",
   "name": "Cấp giấy xác nhận công dân Việt Nam ở trong nước đủ điều kiện nhận trẻ em nước ngoài làm con nuôi",
   "field": "Nuôi con nuôi",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.003482",
   "name": "Giải quyết tố cáo không thuộc lĩnh vực tố tụng hình sự của công dân đối với lực lượng Công an nhân dân (thực hiện tại cấp tỉnh)",
   "field": "Khiếu nại, tố cáo",
   "level": "Cấp tỉnh",
   "agency": "Công an cấp Tỉnh"
  },
  {
   "code": "1.003486",
   "name": "Kiểm tra nhà nước về an toàn thực phẩm muối nhập khẩu",
   "field": "Kinh tế hợp tác và Phát triển nông thôn",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.003494",
   "name": "Cấp giấy thông hành nhập, xuất cảnh cho công dân Việt Nam sang du lịch các tỉnh, thành phố biên giới Trung Quốc tiếp giáp với Việt Nam tại Công an cấp tỉnh",
   "field": "Quản lý xuất nhập cảnh",
   "level": "Cấp tỉnh",
   "agency": "Công an cấp Tỉnh"
  },
  {
   "code": "1.003499",
   "name": "Thủ tục chấp thuận hoạt động ngoại hối cơ bản trên thị trường trong nước, hoạt động ngoại hối cơ bản trên thị trường quốc tế",
   "field": "Hoạt động ngoại hối",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.003583",
   "name": "Thủ tục đăng ký khai sinh lưu động",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": "Ủy ban Nhân dân xã, phường, thị trấn."
  },
  {
   "code": "1.003586",
   "name": "Cấp giấy chứng nhận đăng ký tạm thời tàu cá, tàu phục vụ nuôi trồng thủy sản",
   "field": "Thủy sản",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.003592",
   "name": "Cấp giấy phép rời cảng, bến thủy nội địa đối với phương tiện, thủy phi cơ",
   "field": "Hàng hải và đường thủy nội địa",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.003593",
   "name": "Cấp giấy xác nhận nguyên liệu thủy sản khai thác",
   "field": "Thủy sản",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.003596",
   "name": "Phê duyệt kế hoạch khuyến nông địa phương (cấp xã)",
   "field": "Nông nghiệp",
   "level": "Cấp xã",
   "agency": "Ủy ban nhân dân cấp xã"
  },
  {
   "code": "1.003618",
   "name": "Phê duyệt kế hoạch khuyến nông địa phương",
   "field": "Nông nghiệp",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.003677",
   "name": "Khai báo tạm vắng",
   "field": "Đăng ký, quản lý cư trú",
   "level": "Cấp xã",
   "agency": "Công an cấp Xã"
  },
  {
   "code": "1.003976",
   "name": "Giải quyết việc nuôi con nuôi có yếu tố nước ngoài đối với trẻ em sống ở cơ sở nuôi dưỡng",
   "field": "Nuôi con nuôi",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.004194",
   "name": "Đăng ký tạm trú",
   "field": "Đăng ký, quản lý cư trú",
   "level": "Cấp xã",
   "agency": "Công an cấp Xã"
  },
  {
   "code": "1.004222",
   "name": "Đăng ký thường trú",
   "field": "Đăng ký, quản lý cư trú",
   "level": "Cấp xã",
   "agency": "Công an cấp Xã"
  },
  {
   "code": "1.004239",
   "name": "Phê duyệt đánh giá an ninh cảng thủy nội địa tiếp nhận phương tiện thủy nước ngoài",
   "field": "Hàng hải và đường thủy nội địa",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.004242",
   "name": "Công bố lại hoạt động cảng thủy nội địa",
   "field": "Hàng hải và đường thủy nội địa",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.004259",
   "name": "Cấp lại Giấy phép vận tải qua biên giới",
   "field": "Hàng hải và đường thủy nội địa",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.004359",
   "name": "Cấp, cấp lại Giấy phép khai thác thủy sản",
   "field": "Thủy sản",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.004363",
   "name": "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật",
   "field": "Trồng trọt và Bảo vệ thực vật",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.004746",
   "name": "Thủ tục đăng ký lại kết hôn",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": "Ủy ban Nhân dân xã, phường, thị trấn."
  },
  {
   "code": "1.004772",
   "name": "Thủ tục đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": "Ủy ban Nhân dân xã, phường, thị trấn."
  },
  {
   "code": "1.004827",
   "name": "Thủ tục đăng ký khai tử có yếu tố nước ngoài tại khu vực biên giới",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.004837",
   "name": "Thủ tục đăng ký giám hộ",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.004845",
   "name": "Thủ tục đăng ký chấm dứt giám hộ",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.004859",
   "name": "Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.004873",
   "name": "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.004878",
   "name": "Giải quyết việc nuôi con nuôi có yếu tố nước ngoài đối với trường hợp cha dượng, mẹ kế nhận con riêng của vợ hoặc chồng; cô, cậu, dì, chú, bác ruột nhận cháu làm con nuôi",
   "field": "Nuôi con nuôi",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.004884",
   "name": "Thủ tục đăng ký lại khai sinh",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.005010",
   "name": "Chấm dứt hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh của hợp tác xã, liên hiệp hợp tác xã",
   "field": "Thành lập và hoạt động của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã",
   "level": "Cấp bộ, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.005021",
   "name": "Phê duyệt quy trình vận hành, khai thác bến phà, bến khách ngang sông sử dụng phà một lưỡi chở hành khách và xe ô tô",
   "field": "Đường bộ",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.005134",
   "name": "Cấp giấy phép xây dựng công trình thiết yếu, dùng chung với đường sắt",
   "field": "Đường sắt",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.005136",
   "name": "Cấp Giấy xác nhận có quốc tịch Việt Nam ở trong nước",
   "field": "Quốc tịch",
   "level": "Cấp tỉnh",
   "agency": "Sở Tư pháp"
  },
  {
   "code": "1.005461",
   "name": "Đăng ký lại khai tử",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008501",
   "name": "Cấp lại Giấy chứng nhận đăng ký thuế, Thông báo mã số thuế",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008503",
   "name": "Đăng ký thay đổi thông tin đăng ký thuế không làm thay đổi cơ quan thuế quản lý trực tiếp  (trừ trường hợp đăng ký thuế theo cơ chế một cửa liên thông qua cơ quan đăng ký kinh doanh)",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008504",
   "name": "Đăng ký thay đổi thông tin đăng ký thuế đối với người nộp thuế là tổ chức, hộ gia đình/cá nhân kinh doanh có thay đổi thông tin về địa chỉ trụ sở dẫn đến làm thay đổi cơ quan thuế quản lý trực tiếp thực hiện tại cơ quan thuế nơi người nộp thuế chuyển đi; doanh nghiệp/hợp tác xã/tổ hợp tác/hộ kinh doanh thực hiện nộp hồ sơ tại CQT nơi chuyển đi trước khi thực hiện thủ tục thay đổi với cơ quan đăng ký kinh doanh",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008505",
   "name": "Đăng ký thay đổi thông tin đăng ký thuế đối với người nộp thuế là tổ chức, hộ gia đình/cá nhân kinh doanh có thay đổi thông tin về địa chỉ trụ sở dẫn đến làm thay đổi cơ quan thuế quản lý trực tiếp (thực hiện tại cơ quan thuế nơi người nộp thuế chuyển đến), trừ trường hợp đăng ký thuế theo cơ chế một cửa liên thông qua cơ quan đăng ký kinh doanh.",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008510",
   "name": "Khôi phục mã số thuế",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008513",
   "name": "Gia hạn nộp hồ sơ khai thuế",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008525",
   "name": "Khai quyết toán lợi nhuận sau thuế còn lại sau khi trích lập các quỹ của doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008526",
   "name": "Khai cổ tức, lợi nhuận được chia cho phần vốn nhà nước tại công ty cổ phần, công ty trách nhiệm hữu hạn hai thành viên trở lên",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008529",
   "name": "Khai thuế thu nhập cá nhân đối với cá nhân có thu nhập từ chuyển nhượng vốn góp, cá nhân chuyển nhượng chứng khoán khai trực tiếp với cơ quan thuế và tổ chức, cá nhân khai thuế thay, nộp thuế thay cho cá nhân",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008532",
   "name": "Khai thuế thu nhập cá nhân đối với cá nhân không cư trú có thu nhập từ kinh doanh, cá nhân có thu nhập từ đầu tư vốn, bản quyền, nhượng quyền thương mại, trúng thưởng được trả từ nước ngoài",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008538",
   "name": "Khai thuế thu nhập cá nhân đối với cá nhân có thu nhập từ nhận thừa kế, quà tặng là các tài sản khác phải đăng ký quyền sở hữu, không phải là bất động sản",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008553",
   "name": "Khai thuế thu nhập doanh nghiệp tạm tính đối với thu nhập từ tiền kết dư của phần dầu để lại/ Khai phụ thu tạm tính đối với dầu lãi từ tiền kết dư của phần dầu để lại áp dụng cho Liên doanh Vietsovpetro tại Lô 09.1",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008554",
   "name": "Khai quyết toán thuế tài nguyên/ Khai quyết toán phụ thu/ Khai quyết toán thuế TNDN/ Khai điều chỉnh thuế đặc biệt đối với khí thiên nhiên của Liên doanh Vietsovpetro tại Lô 09.1",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008558",
   "name": "Hoàn thuế GTGT đối với các chương trình, dự án sử dụng nguồn vốn viện trợ không hoàn lại",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008559",
   "name": "Hoàn thuế GTGT đối với trường hợp được hưởng ưu đãi miễn trừ ngoại giao",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.008885",
   "name": "Chấm dứt hoạt động Trung tâm trọng tài theo Điều lệ của Trung tâm trọng tài",
   "field": "Trọng tài thương mại",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.008886",
   "name": "Cấp Giấy phép thành lập Chi nhánh, Văn phòng đại diện của Tổ chức trọng tài nước ngoài tại Việt Nam",
   "field": "Trọng tài thương mại",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.008887",
   "name": "Chấm dứt hoạt động Chi nhánh, Văn phòng đại diện của Tổ chức trọng tài nước ngoài tại Việt Nam trong trường hợp Chi nhánh, Văn phòng đại diện của Tổ chức trọng tài nước ngoài bị chấm dứt hoạt động theo quyết định của Tổ chức trọng tài nước ngoài hoặc Tổ chức trọng tài nước ngoài thành lập Chi nhánh, Văn phòng đại diện tại Việt Nam đã chấm dứt hoạt động ở nước ngoài",
   "field": "Trọng tài thương mại",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.008888",
   "name": "Cấp lại Giấy phép thành lập của Trung tâm trọng tài, Chi nhánh, Văn phòng đại diện của Tổ chức trọng tài nước ngoài tại Việt Nam",
   "field": "Trọng tài thương mại",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.008889",
   "name": "Đăng ký hoạt động Trung tâm trọng tài khi thay đổi địa điểm đặt trụ sở sang tỉnh, thành phố trực thuộc trung ương khác",
   "field": "Trọng tài thương mại",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.009129",
   "name": "Thủ tục công nhận kho, bãi, địa điểm làm thủ tục hải quan, tập kết, kiểm tra, giám sát hải quan",
   "field": "Hải quan",
   "level": "Cấp tỉnh",
   "agency": "Cục Hải quan - Bộ tài chính"
  },
  {
   "code": "1.009183",
   "name": "Thủ tục thu hồi Giấy phép đối với tổ chức tín dụng, chi nhánh ngân hàng nước ngoài quy định tại điểm d khoản 1 Điều 1 Thông tư 63/2024/TT-NHNN",
   "field": "Thành lập và hoạt động ngân hàng",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.010000",
   "name": "Cấp Giấy chứng nhận đăng ký phương tiện giao thông đường sắt",
   "field": "Đường sắt",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": "Ủy ban nhân dân cấp tỉnh, Cục Đường sắt Việt Nam"
  },
  {
   "code": "1.010010",
   "name": "Đề nghị dừng thực hiện thủ tục đăng ký doanh nghiệp; thông báo hủy bỏ nghị quyết, quyết định giải thể doanh nghiệp",
   "field": "Thành lập và hoạt động của doanh nghiệp",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.010028",
   "name": "Xóa đăng ký tạm trú",
   "field": "Đăng ký, quản lý cư trú",
   "level": "Cấp xã",
   "agency": "Công an cấp Xã"
  },
  {
   "code": "1.010038",
   "name": "Tách hộ",
   "field": "Đăng ký, quản lý cư trú",
   "level": "Cấp xã",
   "agency": "Công an cấp Xã"
  },
  {
   "code": "1.010039",
   "name": "Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú",
   "field": "Đăng ký, quản lý cư trú",
   "level": "Cấp xã",
   "agency": "Công an cấp Xã"
  },
  {
   "code": "1.010040",
   "name": "Khai báo thông tin về cư trú đối với người chưa đủ điều kiện đăng ký thường trú, đăng ký tạm trú",
   "field": "Đăng ký, quản lý cư trú",
   "level": "Cấp xã",
   "agency": "Công an cấp Xã"
  },
  {
   "code": "1.010041",
   "name": "Xác nhận thông tin về cư trú",
   "field": "Đăng ký, quản lý cư trú",
   "level": "Cấp xã",
   "agency": "Công an cấp Xã"
  },
  {
   "code": "1.010060",
   "name": "Thủ tục cấp tạm ứng kinh phí đối với các tổ chức, đơn vị của địa phương",
   "field": "Tài chính doanh nghiệp",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.010098",
   "name": "Khai thác thông tin của công dân trong Cơ sở dữ liệu căn cước (thực hiện tại cấp tỉnh)",
   "field": "Cấp, quản lý căn cước",
   "level": "Cấp tỉnh",
   "agency": "Phòng cảnh sát quản lý hành chính về trật tự xã hội"
  },
  {
   "code": "1.010729",
   "name": "Cấp điều chỉnh giấy phép môi trường (cấp Tỉnh) (1.010729)",
   "field": "Môi trường",
   "level": "Cấp tỉnh",
   "agency": "Ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.010733",
   "name": "Thẩm định báo cáo đánh giá tác động môi trường (Cấp tỉnh) (1.010733)",
   "field": "Môi trường",
   "level": "Cấp tỉnh",
   "agency": "Ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.010739",
   "name": "Thủ tục chấp thuận thành lập văn phòng đại diện, đơn vị sự nghiệp ở trong nước của ngân hàng thương mại",
   "field": "Thành lập và hoạt động ngân hàng",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.011518",
   "name": "Trả lại giấy phép thăm dò nước dưới đất, giấy phép khai thác tài nguyên nước .",
   "field": "Tài nguyên nước",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.011647",
   "name": "Công nhận vùng nông nghiệp ứng dụng cao",
   "field": "Khoa học và Công nghệ",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.011667",
   "name": "Thủ tục áp dụng mức thuế suất ưu đãi 0% của nhóm 98.49",
   "field": "Hải quan",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.011669",
   "name": "Thủ tục áp dụng mức thuế suất 0% của Chương trình ưu đãi thuế CNHT ô tô",
   "field": "Hải quan",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.011671",
   "name": "Cung cấp thông tin, dữ liệu, sản phẩm đo đạc và bản đồ",
   "field": "Đo đạc, bản đồ và thông tin địa lý",
   "level": "Cấp tỉnh",
   "agency": "Sở Nông nghiệp và Môi trường"
  },
  {
   "code": "1.011675",
   "name": "Miễn nhiệm và thu hồi thẻ giám định viên tư pháp xây dựng ở địa phương",
   "field": "Giám định tư pháp",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.012753",
   "name": "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với tổ chức đang sử dụng đất",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": "Ủy ban nhân dân cấp tỉnh, Cơ quan có chức năng quản lý đất đai cấp tỉnh"
  },
  {
   "code": "1.012756",
   "name": "Đăng ký đất đai lần đầu đối với trường hợp được Nhà nước giao đất để quản lý.",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Chi nhánh Văn phòng đăng ký đất đai, Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.012766",
   "name": "Xóa đăng ký thuê, cho thuê lại quyền sử dụng đất trong dự án xây dựng kinh doanh kết cấu hạ tầng",
   "field": "Đất đai",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": "Chi nhánh Văn phòng đăng ký đất đai, Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.012781",
   "name": "Đăng ký, cấp Giấy chứng nhận đối với thửa đất có diện tích tăng thêm do thay đổi ranh giới so với Giấy chứng nhận đã cấp",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.012782",
   "name": "Đăng ký, cấp Giấy chứng nhận đối với trường hợp cá nhân, hộ gia đình đã được cấp Giấy chứng nhận một phần diện tích vào loại đất ở trước ngày 01 tháng 7 năm 2004, phần diện tích còn lại của thửa đất chưa được cấp Giấy chứng nhận",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.012783",
   "name": "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Chi nhánh Văn phòng đăng ký đất đai, Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.012784",
   "name": "Tách thửa hoặc hợp thửa đất.",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Chi nhánh Văn phòng đăng ký đất đai, Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.012785",
   "name": "Đăng ký, cấp Giấy chứng nhận đối với trường hợp đã chuyển quyền sử dụng đất trước ngày 01 tháng 8 năm 2024 mà bên chuyển quyền đã được cấp Giấy chứng nhận nhưng chưa thực hiện thủ tục chuyển quyền theo quy định",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Chi nhánh Văn phòng đăng ký đất đai, Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.012786",
   "name": "Cấp lại Giấy chứng nhận do bị mất",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.012787",
   "name": "Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất cho người nhận chuyển nhượng quyền sử dụng đất, quyền sở hữu nhà ở, công trình xây dựng trong dự án bất động sản",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.012790",
   "name": "Đính chính Giấy chứng nhận đã cấp.",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Chi nhánh Văn phòng đăng ký đất đai, Văn phòng đăng ký đất đai, Cơ quan có chức năng quản lý đất đai cấp tỉnh."
  },
  {
   "code": "1.012791",
   "name": "Thu hồi Giấy chứng nhận đã cấp không đúng quy định của pháp luật đất đai do người sử dụng đất, chủ sở hữu tài sản gắn liền với đất phát hiện và cấp lại Giấy chứng nhận sau khi thu hồi",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai, Cơ quan có chức năng quản lý đất đai cấp tỉnh."
  },
  {
   "code": "1.012793",
   "name": "Đăng ký biến động đối với trường hợp thành viên của hộ gia đình hoặc cá nhân đang sử dụng đất thành lập doanh nghiệp tư nhân và sử dụng đất vào hoạt động sản xuất kinh doanh của doanh nghiệp",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.012796",
   "name": "Đính chính Giấy chứng nhận đã cấp lần đầu có sai sót",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.012805",
   "name": "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân cấp tỉnh",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.012812",
   "name": "Hòa giải tranh chấp đất đai",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.012817",
   "name": "Xác định lại diện tích đất ở của hộ gia đình, cá nhân đã được cấp Giấy chứng nhận trước ngày 01 tháng 7 năm 2004",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.012818",
   "name": "Thu hồi Giấy chứng nhận đã cấp lần đầu không đúng quy định của pháp luật đất đai do người sử dụng đất, chủ sở hữu tài sản gắn liền với đất phát hiện và cấp lại Giấy chứng nhận sau khi thu hồi",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.012821",
   "name": "Thẩm định, phê duyệt phương án sử dụng đất",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.012832",
   "name": "Đề xuất hỗ trợ đầu tư dự án nâng cao hiệu quả chăn nuôi đối với các chính sách hỗ trợ đầu tư theo Luật Đầu tư công",
   "field": "Chăn nuôi",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.012833",
   "name": "Quyết định hỗ trợ đầu tư dự án nâng cao hiệu quả chăn nuôi đối với các chính sách hỗ trợ đầu tư theo Luật Đầu tư công",
   "field": "Chăn nuôi",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.012834",
   "name": "Quyết định hỗ trợ đối với các chính sách nâng cao hiệu quả chăn nuôi sử dụng vốn sự nghiệp nguồn ngân sách nhà nước",
   "field": "Chăn nuôi",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.012835",
   "name": "Đề nghị thanh toán kinh phí hỗ trợ đối với các chính sách nâng cao hiệu quả chăn nuôi",
   "field": "Chăn nuôi",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.012836",
   "name": "Hỗ trợ chi phí về vật tư phối giống nhân tạo gia súc gồm tinh đông lạnh, Nitơ lỏng, găng tay và dụng cụ dẫn tinh để phối giống cho trâu, bò cái; chi phí về liều tinh để thực hiện phối giống cho lợn nái, công cho người làm dịch vụ phối giống nhân tạo gia súc (trâu, bò)",
   "field": "Chăn nuôi",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.012839",
   "name": "Thủ tục tham vấn trị giá hải qua đối với hàng hóa xuất khẩu, nhập khẩu",
   "field": "Hải quan",
   "level": "Cấp xã",
   "agency": "Cục Hải quan tỉnh, thành phố"
  },
  {
   "code": "1.012890",
   "name": "Gia hạn thời hạn sở hữu nhà ở tại Việt Nam của tổ chức, cá nhân nước ngoài",
   "field": "Nhà ở và công sở",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.012891",
   "name": "Cho thuê nhà ở công vụ thuộc thẩm quyền quản lý của địa phương",
   "field": "Nhà ở và công sở",
   "level": "Cấp tỉnh",
   "agency": "Ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.012892",
   "name": "Cho thuê nhà ở cũ thuộc tài sản công đối với trường hợp chưa có hợp đồng thuê nhà ở",
   "field": "Nhà ở và công sở",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": "Ủy ban nhân dân cấp tỉnh, Bộ Quốc phòng"
  },
  {
   "code": "1.012893",
   "name": "Bán nhà ở cũ thuộc tài sản công",
   "field": "Nhà ở và công sở",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": "Ủy ban nhân dân cấp tỉnh, Bộ Quốc phòng"
  },
  {
   "code": "1.012894",
   "name": "Giải quyết bán phần diện tích nhà đất sử dụng chung của nhà ở cũ thuộc tài sản công",
   "field": "Nhà ở và công sở",
   "level": "Cấp tỉnh",
   "agency": "Ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.012895",
   "name": "Thẩm định giá bán, giá thuê mua nhà ở xã hội/nhà ở cho lực lượng vũ trang nhân dân",
   "field": "Nhà ở và công sở",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.012896",
   "name": "Cho thuê, cho thuê mua nhà ở xã hội do Nhà nước đầu tư xây dựng bằng vốn đầu tư công",
   "field": "Nhà ở và công sở",
   "level": "Cấp tỉnh",
   "agency": "Ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.012897",
   "name": "Cho thuê nhà ở cũ thuộc tài sản công đối với trường hợp nhận chuyển quyền thuê nhà ở",
   "field": "Nhà ở và công sở",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": "Ủy ban nhân dân cấp tỉnh, Bộ Quốc phòng"
  },
  {
   "code": "1.012898",
   "name": "Cho thuê nhà ở cũ thuộc tài sản công đối với trường hợp ký lại hợp đồng thuê",
   "field": "Nhà ở và công sở",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": "Bộ Quốc phòng"
  },
  {
   "code": "1.013216",
   "name": "Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng/ Báo cáo nghiên cứu khả thi đầu tư xây dựng điều chỉnh",
   "field": "Hoạt động xây dựng",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": "Cục Kinh tế - Quản lý đầu tư xây dựng, Cục Kết cấu hạ tầng xây dựng"
  },
  {
   "code": "1.013217",
   "name": "Cấp lại chứng chỉ hành nghề hoạt động xây dựng",
   "field": "Hoạt động xây dựng",
   "level": "Cấp tỉnh, Cơ quan khác",
   "agency": ""
  },
  {
   "code": "1.013218",
   "name": "Thẩm định Thiết kế xây dựng triển khai sau thiết kế cơ sở/ Thiết kế xây dựng triển khai sau thiết kế cơ sở điều chỉnh",
   "field": "Hoạt động xây dựng",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": "Cục Kết cấu hạ tầng xây dựng, Cục Kinh tế - Quản lý đầu tư xây dựng"
  },
  {
   "code": "1.013219",
   "name": "Cấp chuyển đổi chứng chỉ hành nghề hoạt động xây dựng",
   "field": "Hoạt động xây dựng",
   "level": "Cấp tỉnh, Cơ quan khác",
   "agency": ""
  },
  {
   "code": "1.013222",
   "name": "Cấp giấy phép hoạt động xây dựng cho nhà thầu nước ngoài..",
   "field": "Hoạt động xây dựng",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013223",
   "name": "Công nhận tổ chức xã hội nghề nghiệp đủ điều kiện cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III/chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III cho hội viên của mình",
   "field": "Hoạt động xây dựng",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013224",
   "name": "Cấp điều chỉnh giấy phép hoạt động xây dựng cho nhà thầu nước ngoài..",
   "field": "Hoạt động xây dựng",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013225",
   "name": "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ",
   "field": "Hoạt động xây dựng",
   "level": "Cấp xã, Cơ quan khác",
   "agency": ""
  },
  {
   "code": "1.013226",
   "name": "Cấp điều chỉnh giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ",
   "field": "Hoạt động xây dựng",
   "level": "Cấp xã, Cơ quan khác",
   "agency": ""
  },
  {
   "code": "1.013227",
   "name": "Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Sửa chữa, cải tạo/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ",
   "field": "Hoạt động xây dựng",
   "level": "Cấp xã, Cơ quan khác",
   "agency": ""
  },
  {
   "code": "1.013228",
   "name": "Cấp lại giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Sửa chữa, cải tạo/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ",
   "field": "Hoạt động xây dựng",
   "level": "Cấp xã, Cơ quan khác",
   "agency": ""
  },
  {
   "code": "1.013229",
   "name": "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ:",
   "field": "Hoạt động xây dựng",
   "level": "Cấp xã, Cơ quan khác",
   "agency": ""
  },
  {
   "code": "1.013230",
   "name": "Cấp giấy phép di dời đối với công trình cấp đặc biệt, cấp I và cấp II (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án)",
   "field": "Hoạt động xây dựng",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013231",
   "name": "Cấp điều chỉnh giấy phép xây dựng đối với công trình cấp đặc biệt, cấp I, cấp II (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án)",
   "field": "Hoạt động xây dựng",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013232",
   "name": "Cấp giấy phép di dời đối với công trình cấp III, cấp IV (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ",
   "field": "Hoạt động xây dựng",
   "level": "Cấp xã, Cơ quan khác",
   "agency": ""
  },
  {
   "code": "1.013233",
   "name": "Gia hạn giấy phép xây dựng đối với công trình cấp đặc biệt, cấp I, cấp II (Công trình không theo tuyến/theo tuyến trong đô thị/tín ngưỡng, tôn giáo/tượng đài, tranh hoành tráng/sửa chữa, cải tạo/theo giai đoạn cho công trình không theo tuyến/theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án)",
   "field": "Hoạt động xây dựng",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013234",
   "name": "Thẩm định Thiết kế xây dựng triển khai sau thiết kế cơ sở/ Thiết kế xây dựng triển khai sau thiết kế cơ sở điều chỉnh;",
   "field": "Hoạt động xây dựng",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.013235",
   "name": "Cấp lại giấy phép xây dựng đối với công trình cấp đặc biệt, cấp I, cấp II (công trình không theo tuyến/theo tuyến trong đô thị/tín ngưỡng, tôn giáo/tượng đài, tranh hoành tráng/sửa chữa, cải tạo/theo giai đoạn cho công trình không theo tuyến/theo giai đoạn cho công trình theo tuyến trong đô thị/dự án)",
   "field": "Hoạt động xây dựng",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013236",
   "name": "Cấp giấy phép xây dựng mới công trình cấp đặc biệt, cấp I, cấp II (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án)",
   "field": "Hoạt động xây dựng",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013237",
   "name": "Cấp mới chứng chỉ hành nghề hoạt động xây dựng",
   "field": "Hoạt động xây dựng",
   "level": "Cấp tỉnh, Cơ quan khác",
   "agency": ""
  },
  {
   "code": "1.013238",
   "name": "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp đặc biệt, cấp I, cấp II (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án)",
   "field": "Hoạt động xây dựng",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013239",
   "name": "Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng/Báo cáo nghiên cứu khả thi đầu tư xây dựng điều chỉnh",
   "field": "Hoạt động xây dựng",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.013313",
   "name": "Xác nhận nơi thường xuyên đậu, đỗ; sử dụng phương tiện vào mục đích để ở",
   "field": "Đăng ký, quản lý cư trú",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.013314",
   "name": "Xác nhận về điều kiện diện tích bình quân nhà ở để đăng ký thường trú vào chỗ ở do thuê, mượn, ở nhờ; nhà ở, đất ở không có tranh chấp quyền sở hữu nhà ở, quyền sử dụng đất ở, không thuộc địa điểm không được đăng ký thường trú mới",
   "field": "Đăng ký, quản lý cư trú",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.013428",
   "name": "Điều chỉnh Giấy phép vận chuyển tiền chất thuốc nổ",
   "field": "Quản lý vũ khí, vật liệu nổ, công cụ hỗ trợ và pháo",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": "Cục cảnh sát quản lý hành chính về trật tự, xã hội, Công an tỉnh"
  },
  {
   "code": "1.013438",
   "name": "Thu hồi vũ khí, vật liệu nổ quân dụng, công cụ hỗ trợ và giấy phép, giấy chứng nhận, chứng chỉ về quản lý, sử dụng vũ khí, vật liệu nổ quân dụng, công cụ hỗ trợ",
   "field": "Quản lý vũ khí, vật liệu nổ, công cụ hỗ trợ và pháo",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": "Cục cảnh sát quản lý hành chính về trật tự, xã hội, Công an tỉnh"
  },
  {
   "code": "1.013439",
   "name": "Đề nghị làm mất tính năng, tác dụng và xác nhận tình trạng vũ khí, công cụ hỗ trợ đã mất tính năng, tác dụng được sử dụng để triển lãm, trưng bày hoặc làm đạo cụ trong hoạt động văn hóa, nghệ thuật",
   "field": "Quản lý vũ khí, vật liệu nổ, công cụ hỗ trợ và pháo",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": "Cục cảnh sát quản lý hành chính về trật tự, xã hội, Công an tỉnh"
  },
  {
   "code": "1.013489",
   "name": "Thủ tục thay đổi cửa khẩu xuất hoặc đưa trở lại kho ngoại quan đối với hàng hóa gửi kho ngoại quan đã đưa ra cửa khẩu xuất nhưng không xuất được hoặc chỉ xuất được một phần",
   "field": "Hải quan",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.013777",
   "name": "Cho phép chuyển nhượng toàn bộ hoặc một phần dự án bất động sản",
   "field": "Kinh doanh bất động sản",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013823",
   "name": "Giao đất, cho thuê đất, chuyển mục đích sử dụng đất đối với trường hợp giao đất, cho thuê đất không đấu giá quyền sử dụng đất, không đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất;  trường hợp giao đất, cho thuê đất thông qua đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất; giao đất và giao rừng; cho thuê đất và cho thuê rừng; gia hạn sử dụng đất khi hết thời hạn sử dụng đất",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.013825",
   "name": "Chuyển hình thức giao đất, cho thuê đất",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.013826",
   "name": "Điều chỉnh quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất do thay đổi căn cứ quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất; điều chỉnh thời hạn sử dụng đất của dự án đầu tư",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.013827",
   "name": "Điều chỉnh quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất do sai sót về ranh giới, vị trí, diện tích, mục đích sử dụng giữa bản đồ quy hoạch, bản đồ địa chính, quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất và số liệu bàn giao đất trên thực địa.",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013828",
   "name": "Giao đất, cho thuê đất, giao khu vực biển để thực hiện hoạt động lấn biển",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013831",
   "name": "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi quyền sử dụng đất nông nghiệp mà không theo phương án dồn điền, đổi thửa; chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; cho thuê, cho thuê lại quyền sử dụng đất trong dự án xây dựng kinh doanh kết cấu hạ tầng; bán hoặc tặng cho hoặc để thừa kế hoặc góp vốn bằng tài sản gắn liền với đất thuê của Nhà nước theo hình thức thuê đất trả tiền hàng năm",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013833",
   "name": "Đăng ký biến động đối với trường hợp đổi tên hoặc thay đổi thông tin về người sử dụng đất, chủ sở hữu tài sản gắn liền với đất hoặc thay đổi số hiệu hoặc địa chỉ của thửa đất; thay đổi hạn chế quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất hoặc có thay đổi quyền đối với thửa đất liền kề; giảm diện tích thửa đất do sạt lở tự nhiên",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013945",
   "name": "Tổ chức kinh tế nhận chuyển nhượng, thuê quyền sử dụng đất, nhận góp vốn bằng quyền sử dụng đất để thực hiện dự án đầu tư",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013946",
   "name": "Sử dụng đất kết hợp đa mục đích, gia hạn phương án sử dụng đất kết hợp đa mục đích",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013947",
   "name": "Xác nhận tiếp tục sử dụng đất nông nghiệp",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.013949",
   "name": "Giao đất, cho thuê đất, chuyển mục đích sử dụng đất đối với trường hợp giao đất, cho thuê đất không đấu giá quyền sử dụng đất, không đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất; trường hợp giao đất, cho thuê đất thông qua đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất; giao đất và giao rừng; cho thuê đất và cho thuê rừng, gia hạn sử dụng đất khi hết thời hạn sử dụng đất",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.013950",
   "name": "Chuyển hình thức giao đất, cho thuê đất.",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.013952",
   "name": "Điều chỉnh quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất do thay đổi căn cứ quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất; điều chỉnh thời hạn sử dụng đất của dự án đầu tư.",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.013953",
   "name": "Điều chỉnh quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất do sai sót về ranh giới, vị trí, diện tích, mục đích sử dụng giữa bản đồ quy hoạch, bản đồ địa chính, quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất và số liệu bàn giao đất trên thực địa",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.013962",
   "name": "Giao đất ở có thu tiền sử dụng đất không thông qua đấu giá, không đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất đối với cá nhân là cán bộ, công chức, viên chức, sĩ quan tại ngũ, quân nhân chuyên nghiệp, công chức quốc phòng, công nhân và viên chức quốc phòng, sĩ quan, hạ sĩ quan, công nhân công an, người làm công tác cơ yếu và người làm công tác khác trong tổ chức cơ yếu hưởng lương từ ngân sách nhà nước mà chưa được giao đất ở, nhà ở; giáo viên, nhân viên y tế đang công tác tại các xã biên giới, hải đảo thuộc vùng có điều kiện kinh tế - xã hội khó khăn, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn nhưng chưa có đất ở, nhà ở tại nơi công tác hoặc chưa được hưởng chính sách hỗ trợ về nhà ở theo quy định của pháp luật về nhà ở; cá nhân thường trú tại xã mà không có đất ở và chưa được Nhà nước giao đất ở hoặc chưa được hưởng chính sách hỗ trợ về nhà ở theo quy định của pháp luật về nhà ở",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.013965",
   "name": "Sử dụng đất kết hợp đa mục đích, gia hạn phương án sử dụng đất kết hợp đa mục đích.",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.013967",
   "name": "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp xã",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.013977",
   "name": "Đăng ký biến động thay đổi quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chia, tách, hợp nhất, sáp nhập tổ chức hoặc chuyển đổi mô hình tổ chức, chuyển đổi loại hình doanh nghiệp theo quy định của pháp luật về doanh nghiệp; điều chỉnh quy hoạch xây dựng chi tiết; cấp Giấy chứng nhận cho từng thửa đất theo quy hoạch xây dựng chi tiết cho chủ đầu tư dự án có nhu cầu",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.013978",
   "name": "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.013979",
   "name": "Tặng cho quyền sử dụng đất cho Nhà nước hoặc cộng đồng dân cư hoặc mở rộng đường giao thông đối với trường hợp thửa đất chưa được cấp Giấy chứng nhận",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.013980",
   "name": "Đăng ký biến động đối với trường hợp thay đổi quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất theo thỏa thuận của các thành viên hộ gia đình hoặc của vợ và chồng; quyền sử dụng đất xây dựng công trình trên mặt đất phục vụ cho việc vận hành, khai thác sử dụng công trình ngầm, quyền sở hữu công trình ngầm; bán tài sản, điều chuyển, chuyển nhượng quyền sử dụng đất là tài sản công theo quy định của pháp luật về quản lý, sử dụng tài sản công; nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất theo kết quả giải quyết tranh chấp, khiếu nại, tố cáo về đất đai hoặc bản án, quyết định của Tòa án, quyết định thi hành án của cơ quan thi hành án đã được thi hành; quyết định hoặc phán quyết của Trọng tài thương mại Việt Nam về giải quyết tranh chấp giữa các bên phát sinh từ hoạt động thương mại liên quan đến đất đai; nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do xử lý tài sản thế chấp là quyền sử dụng đất, tài sản gắn liền với đất đã được đăng ký, bao gồm cả xử lý khoản nợ có nguồn gốc từ khoản nợ xấu của tổ chức tín dụng, chi nhánh ngân hàng nước ngoài",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.013988",
   "name": "Xóa ghi nợ tiền sử dụng đất, lệ phí trước bạ trên Giấy chứng nhận đã cấp",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.013992",
   "name": "Đăng ký biến động chuyển mục đích sử dụng đất không phải xin phép cơ quan nhà nước có thẩm quyền",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.013993",
   "name": "Đăng ký, cấp Giấy chứng nhận đối với trường hợp hộ gia đình, cá nhân đang sử dụng đất không đúng mục đích đã được Nhà nước công nhận quyền sử dụng đất trước ngày 01 tháng 7 năm 2014",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.013994",
   "name": "Đăng ký, cấp Giấy chứng nhận đối với trường hợp chuyển nhượng dự án đầu tư có sử dụng đất",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Văn phòng đăng ký đất đai, Cơ quan có chức năng quản lý đất đai cấp tỉnh."
  },
  {
   "code": "1.013995",
   "name": "Đăng ký tài sản gắn liền với thửa đất đã được cấp Giấy chứng nhận hoặc đăng ký thay đổi về tài sản gắn liền với đất so với nội dung đã đăng ký, gia hạn thời hạn sở hữu nhà ở của tổ chức nước ngoài, cá nhân nước ngoài theo quy định của pháp luật về nhà ở  nội dung đã đăng ký",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Văn phòng đăng ký đất đai, Chi nhánh Văn phòng đăng ký đất đai"
  },
  {
   "code": "1.014034",
   "name": "Đăng ký cập nhật, bổ sung thông tin trong hồ sơ đăng ký hộ kinh doanh, hiệu đính thông tin đăng ký hộ kinh doanh",
   "field": "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)",
   "level": "Cấp bộ, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.014035",
   "name": "Dừng thực hiện thủ tục đăng ký hộ kinh doanh",
   "field": "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)",
   "level": "Cấp bộ, Cấp xã",
   "agency": ""
  },
  {
   "code": "1.014062",
   "name": "Cấp thẻ căn cước cho người dưới 14 tuổi",
   "field": "Cấp, quản lý căn cước",
   "level": "Cấp xã",
   "agency": "Cục cảnh sát quản lý hành chính về trật tự, xã hội"
  },
  {
   "code": "1.014063",
   "name": "Cấp đổi thẻ căn cước",
   "field": "Cấp, quản lý căn cước",
   "level": "Cấp xã",
   "agency": "Cục cảnh sát quản lý hành chính về trật tự, xã hội"
  },
  {
   "code": "1.014064",
   "name": "Cấp lại thẻ căn cước",
   "field": "Cấp, quản lý căn cước",
   "level": "Cấp xã",
   "agency": "Cục cảnh sát quản lý hành chính về trật tự, xã hội"
  },
  {
   "code": "1.014208",
   "name": "Hỗ trợ phát triển sản xuất cộng đồng.",
   "field": "Nông nghiệp",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.014270",
   "name": "Chuyển nhượng quyền khai thác khoáng sản (cấp Tỉnh)",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.014271",
   "name": "Chuyển nhượng quyền thăm dò khoáng sản (cấp Tỉnh)",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.014272",
   "name": "Cấp đổi giấy phép khai thác khoáng sản (cấp Tỉnh)",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.014273",
   "name": "Thăm dò bổ sung để nâng cấp tài nguyên, trữ lượng khoáng sản (cấp Tỉnh)",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.014274",
   "name": "Phê duyệt đề án đóng cửa mỏ khoáng sản (cấp Tỉnh)",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.014275",
   "name": "Tổ chức kinh tế nhận chuyển nhượng, thuê quyền sử dụng đất, nhận góp vốn bằng quyền sử dụng đất để thực hiện dự án đầu tư.",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": "Chủ tịch UBND cấp xã"
  },
  {
   "code": "1.014276",
   "name": "Điều chỉnh nội dung đề án đóng cửa mỏ khoáng sản đã được phê duyệt (cấp Tỉnh)",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.014277",
   "name": "Chấp thuận phương án đóng cửa mỏ khoáng sản (cấp Tỉnh)",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.014278",
   "name": "Quyết định đóng cửa mỏ khoáng sản (cấp Tỉnh)",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.014279",
   "name": "Cấp giấy phép khai thác tận thu khoáng sản",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.014280",
   "name": "Gia hạn giấy phép khai thác tận thu khoáng sản",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.014281",
   "name": "Điều chỉnh giấy phép khai thác tận thu khoáng sản",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.014282",
   "name": "Trả lại giấy phép khai thác tận thu khoáng sản",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.014283",
   "name": "Chuyển nhượng quyền khai thác tận thu khoáng sản",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.014284",
   "name": "Giao đất, cho thuê đất, giao khu vực biển để thực hiện hoạt động lấn biển.",
   "field": "Đất đai",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "1.014289",
   "name": "Chấp thuận khảo sát, đánh giá thông tin chung đối với khoáng sản nhóm IV tại khu vực không đấu giá quyền khai thác khoáng sản",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Sở Nông nghiệp và Môi trường Thành phố Hà Nội"
  },
  {
   "code": "1.014290",
   "name": "Xác nhận kết quả khảo sát, đánh giá thông tin chung đối với khoáng sản nhóm IV",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Sở Nông nghiệp và Môi trường Thành phố Hà Nội"
  },
  {
   "code": "1.014291",
   "name": "Bổ sung khối lượng công tác thăm dò khi giấy phép thăm dò khoáng sản đã hết thời hạn (cấp Tỉnh)",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.014295",
   "name": "Quyết toán tiền cấp quyền khai thác khoáng sản (cấp Tỉnh)",
   "field": "Địa chất và khoáng sản",
   "level": "Cấp tỉnh",
   "agency": "Sở Nông nghiệp và Môi trường Thành phố Hà Nội"
  },
  {
   "code": "1.014314",
   "name": "Thủ tục chấp thuận cho ngân hàng thương mại, chi nhánh ngân hàng nước ngoài áp dụng phương pháp xếp hạng nội bộ",
   "field": "Thành lập và hoạt động ngân hàng",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.014316",
   "name": "Hỗ trợ chi phí",
   "field": "Hỗ trợ đầu tư",
   "level": "Cấp tỉnh",
   "agency": "Chủ tịch ủy ban nhân dân cấp tỉnh"
  },
  {
   "code": "1.115014",
   "name": "Chia sẻ phần giảm doanh thu",
   "field": "Đường bộ",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "1.115015",
   "name": "Thanh toán chi phí bồi thường, chấm dứt hợp đồng trước thời hạn",
   "field": "Đường bộ",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.000020",
   "name": "Thủ tục điện tử đối với tàu biển đã nhập cảnh ở một cảng biển của Việt Nam sau đó đến cảng biển, cảng thủy nội địa khác và phương tiện thủy nội địa Việt Nam, Campuchia nhập cảnh, xuất cảnh tại cảng biển, cảng thủy nội địa Việt Nam",
   "field": "Hải quan",
   "level": "Cấp xã",
   "agency": "Chi cục Hải quan khu vực"
  },
  {
   "code": "2.000024",
   "name": "Thông báo thành lập quỹ đầu tư khởi nghiệp sáng tạo (cấp tỉnh)",
   "field": "Hỗ trợ doanh nghiệp nhỏ và vừa",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.000038",
   "name": "Thủ tục đối với hàng hóa nhập khẩu hoặc hàng hóa xuất khẩu đóng ghép với hàng hóa quá cảnh gửi qua dịch vụ chuyển phát nhanh quốc tế",
   "field": "Hải quan",
   "level": "Cấp xã",
   "agency": "Chi cục Hải quan khu vực"
  },
  {
   "code": "2.000043",
   "name": "Thủ tục đối với hàng hóa xuất khẩu/nhập khẩu là tài liệu chứng từ không có giá trị thương mại gửi qua dịch vụ chuyển phát nhanh quốc tế",
   "field": "Hải quan",
   "level": "Cấp xã",
   "agency": "Chi cục Hải quan khu vực"
  },
  {
   "code": "2.000048",
   "name": "Thủ tục tái xuất xe ô tô, xe gắn máy đã tạm nhập khẩu miễn thuế",
   "field": "Hải quan",
   "level": "Cấp xã",
   "agency": "Chi cục Hải quan khu vực"
  },
  {
   "code": "2.000055",
   "name": "Thủ tục cấp giấy phép thành lập và hoạt động quỹ tín dụng nhân dân sau khi chấp thuận nguyên tắc",
   "field": "Thành lập và hoạt động ngân hàng",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.000085",
   "name": "Thủ tục xác nhận đăng ký giao dịch ngoại hối liên quan đến hoạt động đầu tư ra nước ngoài",
   "field": "Hoạt động ngoại hối",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.000497",
   "name": "Thủ tục đăng ký lại khai tử có yếu tố nước ngoài",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000513",
   "name": "Thủ tục đăng ký lại kết hôn có yếu tố nước ngoài",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000522",
   "name": "Thủ tục đăng ký lại khai sinh có yếu tố nước ngoài",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000528",
   "name": "Thủ tục đăng ký khai sinh có yếu tố nước ngoài",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000547",
   "name": "Thủ tục ghi vào Sổ hộ tịch việc hộ tịch khác của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài (khai sinh; giám hộ; nhận cha, mẹ, con; xác định cha, mẹ, con; nuôi con nuôi; khai tử; thay đổi hộ tịch)",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000554",
   "name": "Thủ tục ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000575",
   "name": "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh, Cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh",
   "field": "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)",
   "level": "Cấp bộ, Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000635",
   "name": "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh",
   "field": "Hộ tịch",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000693",
   "name": "Giải quyết hưởng chế độ thai sản",
   "field": "Thực hiện chính sách BHXH",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": "Bảo hiểm xã hội cấp Tỉnh"
  },
  {
   "code": "2.000720",
   "name": "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
   "field": "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)",
   "level": "Cấp bộ, Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000748",
   "name": "Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc có yếu tố nước ngoài",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000756",
   "name": "Thủ tục đăng ký chấm dứt giám hộ có yếu tố nước ngoài",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000769",
   "name": "Cấp lại Chứng chỉ bồi dưỡng kiến thức pháp luật về giao thông đường bộ cho người điều khiển xe máy chuyên dùng tham gia giao thông đường bộ (trường hợp cơ sở bồi dưỡng đã cấp chứng chỉ không còn hoạt động)",
   "field": "Đường bộ",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.000779",
   "name": "Thủ tục đăng ký nhận cha, mẹ, con có yếu tố nước ngoài",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000806",
   "name": "Thủ tục đăng ký kết hôn có yếu tố nước ngoài",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000815",
   "name": "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận",
   "field": "Chứng thực",
   "level": "Cấp xã, Cơ quan khác",
   "agency": ""
  },
  {
   "code": "2.000884",
   "name": "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)",
   "field": "Chứng thực",
   "level": "Cấp xã, Cơ quan khác",
   "agency": ""
  },
  {
   "code": "2.000890",
   "name": "Cấp phép thành lập văn phòng giám định tư pháp",
   "field": "Giám định tư pháp",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.000908",
   "name": "Thủ tục cấp bản sao từ sổ gốc",
   "field": "Chứng thực",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác",
   "agency": ""
  },
  {
   "code": "2.000913",
   "name": "Chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch",
   "field": "Chứng thực",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000927",
   "name": "Sửa lỗi sai sót trong giao dịch",
   "field": "Chứng thực",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000942",
   "name": "Cấp bản sao có chứng thực từ bản chính giao dịch đã được chứng thực",
   "field": "Chứng thực",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.000986",
   "name": "Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": "Bảo hiểm xã hội Việt Nam"
  },
  {
   "code": "2.000992",
   "name": "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã, tổ chức hành nghề công chứng",
   "field": "Chứng thực",
   "level": "Cấp xã, Cơ quan khác",
   "agency": ""
  },
  {
   "code": "2.001008",
   "name": "Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã, tổ chức hành nghề công chứng",
   "field": "Chứng thực",
   "level": "Cấp xã, Cơ quan khác",
   "agency": ""
  },
  {
   "code": "2.001016",
   "name": "Chứng thực văn bản từ chối nhận di sản",
   "field": "Chứng thực",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.001019",
   "name": "Chứng thực di chúc",
   "field": "Chứng thực",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.001023",
   "name": "Liên thông các thủ tục hành chính về đăng ký khai sinh, cấp Thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.001035",
   "name": "Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở",
   "field": "Chứng thực",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.001159",
   "name": "Thông báo lưu trú",
   "field": "Đăng ký, quản lý cư trú",
   "level": "Cấp xã",
   "agency": "Công an cấp Xã"
  },
  {
   "code": "2.001255",
   "name": "Đăng ký lại việc nuôi con nuôi trong nước",
   "field": "Nuôi con nuôi",
   "level": "Cấp xã",
   "agency": "Ủy ban Nhân dân xã, phường, thị trấn."
  },
  {
   "code": "2.001263",
   "name": "Đăng ký việc nuôi con nuôi trong nước",
   "field": "Nuôi con nuôi",
   "level": "Cấp xã",
   "agency": "Ủy ban Nhân dân xã, phường, thị trấn."
  },
  {
   "code": "2.001406",
   "name": "Chứng thực văn bản phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở",
   "field": "Chứng thực",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.001538",
   "name": "Thủ tục đề nghị danh hiệu thi đua, hình thức khen thưởng thuộc phạm vi chức năng quản lý của NHNN",
   "field": "Hoạt động khác",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.001610",
   "name": "Đăng ký thành lập doanh nghiệp tư nhân",
   "field": "Thành lập và hoạt động của doanh nghiệp",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.001627",
   "name": "Thẩm định quy trình vận hành đối với công trình thủy lợi lớn và công trình thủy lợi vừa do Chủ tịch UBND cấp tỉnh phân cấp cho Chủ tịch UBND cấp xã phê duyệt",
   "field": "Thủy lợi",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.001694",
   "name": "Cấp phép nhập khẩu giống thủy sản không có tên trong Danh mục loài thuỷ sản được phép kinh doanh tại Việt Nam để nghiên cứu khoa học, trưng bày tại hội chợ, triển lãm",
   "field": "Thủy sản",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.001827",
   "name": "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm nông, lâm, thủy sản",
   "field": "Quản lý chất lượng nông lâm sản và thủy sản",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "2.001838",
   "name": "Cấp đổi Phiếu kiểm soát thu hoạch sang Giấy chứng nhận xuất xứ cho lô nguyên liệu nhuyễn thể hai mảnh vỏ",
   "field": "Quản lý chất lượng nông lâm sản và thủy sản",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.001895",
   "name": "Cấp Giấy xác nhận là người gốc Việt Nam",
   "field": "Quốc tịch",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": "Sở Tư pháp"
  },
  {
   "code": "2.002008",
   "name": "Đề nghị thu hồi Giấy chứng nhận đăng ký doanh nghiệp trường hợp nội dung kê khai trong hồ sơ là giả mạo",
   "field": "Thành lập và hoạt động của doanh nghiệp",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.002009",
   "name": "Đăng ký thay đổi vốn điều lệ, phần vốn góp, tỷ lệ phần vốn góp đối với công ty TNHH, công ty cổ phần, công ty hợp danh; đăng ký thay đổi vốn đầu tư của chủ doanh nghiệp tư nhân",
   "field": "Thành lập và hoạt động của doanh nghiệp",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.002043",
   "name": "Đăng ký thành lập công ty cổ phần",
   "field": "Thành lập và hoạt động của doanh nghiệp",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.002080",
   "name": "Thủ tục thanh toán thù lao cho hòa giải viên",
   "field": "Hòa giải ở cơ sở",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.002085",
   "name": "Đăng ký doanh nghiệp đối với các công ty được thành lập trên cơ sở chia công ty, tách công ty, hợp nhất công ty",
   "field": "Thành lập và hoạt động của doanh nghiệp",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.002189",
   "name": "Thủ tục ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.002206",
   "name": "Thủ tục đăng ký mã số đơn vị có quan hệ với ngân sách",
   "field": "Tin học - Thống kê",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.002233",
   "name": "Khai quyết toán thuế/ Hoàn thuế đối với cá nhân cư trú có thu nhập từ tiền lương, tiền công quyết toán thuế trực tiếp với cơ quan thuế",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "2.002235",
   "name": "Khai thuế thu nhập cá nhân tháng/quý của tổ chức, cá nhân trả thu nhập khấu trừ thuế đối với tiền lương, tiền công",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "2.002237",
   "name": "Khai thuế thu nhập cá nhân tháng/quý đối với cá nhân có thu nhập từ tiền lương, tiền công (bao gồm cả cá nhân nhận thưởng bằng cổ phiếu từ đơn vị sử dụng lao động) thuộc diện khai thuế thu nhập cá nhân trực tiếp với cơ quan thuế",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "2.002267",
   "name": "Đề nghị cung cấp dịch vụ T-VAN/ Thay đổi, bổ sung thông tin cung cấp dịch vụ T-VAN hoặc thông tin kết nối/ Ngừng cung cấp dịch vụ T-VAN",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.002321",
   "name": ". Đăng ký thuế đối với trường hợp chuyển đổi mô hình hoạt động của tổ chức (Chuyển đơn vị phụ thuộc thành đơn vị độc lập hoặc ngược lại)",
   "field": "Thuế",
   "level": "Cấp bộ, Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "2.002338",
   "name": "Chứng nhận chủng loại gạo thơm xuất khẩu được hưởng miễn thuế nhập khẩu theo hạn ngạch",
   "field": "Trồng trọt và Bảo vệ thực vật",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.002339",
   "name": "Chứng nhận lại chủng loại gạo thơm xuất khẩu được hưởng miễn thuế nhập khẩu theo hạn ngạch",
   "field": "Trồng trọt và Bảo vệ thực vật",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "2.002349",
   "name": "Cấp giấy xác nhận công dân Việt Nam thường trú ở khu vực biên giới đủ điều kiện nhận trẻ em của nước láng giềng cư trú ở khu vực biên giới làm con nuôi",
   "field": "Nuôi con nuôi",
   "level": "Cấp xã",
   "agency": "Chủ tịch Ủy ban nhân dân xã"
  },
  {
   "code": "2.002363",
   "name": "Ghi vào Sổ đăng ký nuôi con nuôi việc nuôi con nuôi đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài",
   "field": "Nuôi con nuôi",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "2.002516",
   "name": "Thủ tục xác nhận thông tin hộ tịch",
   "field": "Hộ tịch",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "2.002750",
   "name": "Công bố Danh mục khu đất dự kiến thực hiện dự án thí điểm thực hiện dự án nhà ở thương mại thông qua thỏa thuận về nhận quyền sử dụng đất hoặc đang có quyền sử dụng đất",
   "field": "Đất đai",
   "level": "Cấp tỉnh",
   "agency": "Hội đồng nhân dân cấp tỉnh"
  },
  {
   "code": "2.002819",
   "name": "Cấp, cấp lại, sửa đổi, bổ sung thông tin Giấy chứng nhận thuỷ sản, sản phẩm thủy sản đạt yêu cầu xuất khẩu vào Hoa Kỳ (COA)",
   "field": "Thủy sản",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "3.000322",
   "name": "Đăng ký chấm dứt giám sát việc giám hộ",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "3.000323",
   "name": "Đăng ký giám sát việc giám hộ",
   "field": "Hộ tịch",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "3.000333",
   "name": "Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam, người Việt Nam đang cư trú ở nước ngoài",
   "field": "Lý lịch tư pháp",
   "level": "Cấp tỉnh",
   "agency": "Công an tỉnh"
  },
  {
   "code": "3.000334",
   "name": "Cấp Phiếu Lý lịch tư pháp theo yêu cầu của cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội (đối tượng là công dân Việt Nam, người nước ngoài đang cư trú ở Việt Nam)",
   "field": "Lý lịch tư pháp",
   "level": "Cấp tỉnh",
   "agency": "Công an tỉnh"
  },
  {
   "code": "3.000335",
   "name": "Cấp Phiếu lý lịch tư pháp theo yêu cầu của cơ quan tiến hành tố tụng (đối tượng là công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam)",
   "field": "Lý lịch tư pháp",
   "level": "Cấp tỉnh",
   "agency": "Công an tỉnh"
  },
  {
   "code": "3.000348",
   "name": "Cấp lại giấy phép lái xe",
   "field": "Sát hạch, cấp giấy phép lái xe",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": "Cục cảnh sát giao thông"
  },
  {
   "code": "3.000501",
   "name": "Thẩm định, phê duyệt hoặc điều chỉnh phương án nuôi, trồng phát triển, thu hoạch cây dược liệu trong rừng đối với chủ rừng là tổ chức thuộc địa phương quản lý dược liệu trong rừng đối với chủ rừng là tổ chức thuộc địa phương quản lý",
   "field": "Lâm nghiệp",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "3.000502",
   "name": "Thẩm định, phê duyệt hoặc điều chỉnh phương án nuôi, trồng phát triển, thu hoạch cây dược liệu trong rừng đối với chủ rừng là hộ gia đình, cá nhân, cộng đồng dân cư",
   "field": "Lâm nghiệp",
   "level": "Cấp xã",
   "agency": ""
  },
  {
   "code": "5.003806",
   "name": "Quyết định chuyển đổi luồng đường thủy nội địa phương, luồng chuyên dùng thành luồng quốc gia và luồng quốc gia thành luồng địa phương",
   "field": "Hàng hải và đường thủy nội địa",
   "level": "Cấp bộ, Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "5.003807",
   "name": "Quyết định tần suất khảo sát luồng đường thuỷ nội địa địa phương",
   "field": "Hàng hải và đường thủy nội địa",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "6.006593",
   "name": "Thủ tục chuyển đổi công năng nhà ở thuộc tài sản công",
   "field": "Nhà ở và công sở",
   "level": "Cấp tỉnh",
   "agency": ""
  },
  {
   "code": "6.006594",
   "name": "Thủ tục giao quản lý tài sản kết cấu hạ tầng công viên, cây xanh do Nhà nước đầu tư, quản lý",
   "field": "Hạ tầng kỹ thuật",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "6.006595",
   "name": "Thủ tục xử lý tài sản kết cấu hạ tầng công viên, cây xanh do Nhà nước đầu tư, quản lý",
   "field": "Hạ tầng kỹ thuật",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "6.006596",
   "name": "Thủ tục phê duyệt đề án cho thuê quyền khai thác tài sản kết cấu hạ tầng công viên do Nhà nước đầu tư, quản lý",
   "field": "Hạ tầng kỹ thuật",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": ""
  },
  {
   "code": "6.006597",
   "name": "Thủ tục phê duyệt đề án chuyển nhượng có thời hạn quyền khai thác tài sản kết cấu hạ tầng công viên do Nhà nước đầu tư, quản lý",
   "field": "Hạ tầng kỹ thuật",
   "level": "Cấp tỉnh, Cấp xã",
   "agency": ""
  }
 ]
};
