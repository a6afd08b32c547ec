/**
 * A realistic catalogue of Vietnamese administrative procedures for search tests and the
 * benchmark. Independent of the server's sample data on purpose: the relevance set is labelled
 * against this list, and the demo catalogue may change.
 *
 * Rows: [code, name, levels (X xã, H huyện, T tỉnh, B bộ), online ('tt' toàn trình, 'mp' một phần, '' none)].
 */
export interface CatalogueProcedure {
  code: string;
  name: string;
  field: { code: string; name: string };
  levels: string[];
  agencies: { name: string }[];
  keywords?: string[];
  onlineLevel?: string;
  channels: { kind: string }[];
  /** On the portal's list of frequently used procedures (thủ tục phổ biến). */
  popular?: boolean;
}

/**
 * Frequently used procedures, as portals list them ("thủ tục hành chính phổ biến"). The search
 * test and the benchmark pass this to every engine that takes a per-document boost.
 */
const POPULAR = new Set([
  '1.001193', '1.000894', '1.000656', '1.004873', '2.000815', '2.000884', '2.000488', '1.004227',
  '1.003010', '1.009994', '2.000720', '1.010101', '1.010102', '2.001351', '1.002801', '1.001776',
]);

/** The boost given to popular procedures. */
export const popularBoost = (p: { popular?: boolean }): number => (p.popular ? 1.15 : 1);

type Row = [code: string, name: string, levels: string, online: '' | 'tt' | 'mp'];

interface FieldBlock {
  code: string;
  name: string;
  /** Agency by level letter. */
  agencies: Record<string, string>;
  rows: Row[];
}

const UBX = 'Ủy ban nhân dân cấp xã';
const UBH = 'Ủy ban nhân dân cấp huyện';
const UBT = 'Ủy ban nhân dân cấp tỉnh';

const blocks: FieldBlock[] = [
  {
    code: 'HT',
    name: 'Hộ tịch',
    agencies: { X: UBX, H: 'Phòng Tư pháp', T: 'Sở Tư pháp' },
    rows: [
      ['1.001193', 'Đăng ký khai sinh', 'X', 'tt'],
      ['1.000894', 'Đăng ký kết hôn', 'X', 'mp'],
      ['1.000656', 'Đăng ký khai tử', 'X', 'tt'],
      ['1.001022', 'Đăng ký nhận cha, mẹ, con', 'X', 'mp'],
      ['1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'X', 'tt'],
      ['1.004859', 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', 'X', 'mp'],
      ['1.004884', 'Cấp bản sao Trích lục hộ tịch', 'XH', 'tt'],
      ['1.001695', 'Đăng ký khai sinh có yếu tố nước ngoài', 'H', 'mp'],
      ['1.000947', 'Đăng ký kết hôn có yếu tố nước ngoài', 'H', 'mp'],
      ['1.001766', 'Đăng ký khai tử có yếu tố nước ngoài', 'H', 'mp'],
      ['1.001702', 'Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài', 'H', 'mp'],
      ['1.000593', 'Đăng ký lại khai sinh', 'X', 'mp'],
      ['1.004746', 'Đăng ký lại kết hôn', 'X', 'mp'],
      ['1.005461', 'Đăng ký lại khai tử', 'X', 'mp'],
      ['1.000689', 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con', 'X', 'mp'],
      ['1.003583', 'Đăng ký khai sinh lưu động', 'X', ''],
      ['1.000419', 'Đăng ký kết hôn lưu động', 'X', ''],
      ['1.000080', 'Đăng ký giám hộ', 'X', 'mp'],
      ['1.004837', 'Đăng ký chấm dứt giám hộ', 'X', 'mp'],
      ['1.001669', 'Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài', 'H', 'mp'],
      ['1.000522', 'Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài', 'H', 'mp'],
      ['1.004772', 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi', 'X', 'tt'],
      ['1.004827', 'Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, trợ cấp mai táng', 'X', 'tt'],
      ['1.000110', 'Đăng ký thay đổi, cải chính, xác định lại dân tộc', 'H', 'mp'],
      ['1.003005', 'Đăng ký việc nuôi con nuôi trong nước', 'X', ''],
      ['1.003179', 'Đăng ký lại việc nuôi con nuôi trong nước', 'X', ''],
      ['2.001263', 'Giải quyết việc người nước ngoài cư trú ở nước ngoài nhận trẻ em Việt Nam làm con nuôi', 'T', ''],
    ],
  },
  {
    code: 'CT',
    name: 'Chứng thực',
    agencies: { X: UBX, H: 'Phòng Tư pháp', T: 'Sở Tư pháp' },
    rows: [
      ['2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận', 'XH', 'mp'],
      ['2.000908', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận', 'H', 'mp'],
      ['2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)', 'XH', ''],
      ['2.000843', 'Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Phòng Tư pháp', 'H', ''],
      ['2.000913', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở', 'XH', ''],
      ['2.000927', 'Chứng thực di chúc', 'X', ''],
      ['2.000942', 'Chứng thực văn bản thỏa thuận phân chia di sản', 'X', ''],
      ['2.000950', 'Chứng thực văn bản khai nhận di sản', 'X', ''],
      ['2.000977', 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 'X', ''],
      ['2.001008', 'Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực', 'XH', 'mp'],
      ['2.001035', 'Chứng thực văn bản từ chối nhận di sản', 'X', ''],
      ['2.001050', 'Sửa lỗi sai sót trong hợp đồng, giao dịch', 'X', ''],
    ],
  },
  {
    code: 'TP',
    name: 'Tư pháp',
    agencies: { X: UBX, H: 'Phòng Tư pháp', T: 'Sở Tư pháp', B: 'Bộ Tư pháp' },
    rows: [
      ['2.000488', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 'T', 'tt'],
      ['2.000505', 'Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng', 'T', ''],
      ['2.000522', 'Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội', 'T', ''],
      ['1.008725', 'Đăng ký hành nghề luật sư với tư cách cá nhân', 'T', 'mp'],
      ['1.008891', 'Thành lập Văn phòng công chứng', 'T', 'mp'],
      ['1.001071', 'Bổ nhiệm công chứng viên', 'B', 'mp'],
      ['2.002147', 'Cấp Thẻ công chứng viên', 'T', 'mp'],
      ['1.010941', 'Đăng ký hoạt động Trung tâm hòa giải thương mại', 'T', 'mp'],
      ['2.000635', 'Công nhận hòa giải viên', 'X', ''],
      ['2.001457', 'Thôi làm hòa giải viên', 'X', ''],
      ['1.003118', 'Đăng ký hoạt động Văn phòng giám định tư pháp', 'T', ''],
      ['2.001157', 'Đăng ký hoạt động của tổ chức hành nghề luật sư', 'T', 'mp'],
      ['2.000777', 'Giải quyết yêu cầu bồi thường tại cơ quan trực tiếp quản lý người thi hành công vụ gây thiệt hại', 'TH', ''],
    ],
  },
  {
    code: 'DD',
    name: 'Đất đai',
    agencies: { X: UBX, H: 'Văn phòng đăng ký đất đai', T: 'Sở Tài nguyên và Môi trường' },
    rows: [
      ['1.004227', 'Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu', 'H', 'mp'],
      ['1.003010', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho, góp vốn', 'H', 'mp'],
      ['1.004203', 'Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất', 'H', 'mp'],
      ['1.004199', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất', 'H', 'mp'],
      ['1.004217', 'Tách thửa hoặc hợp thửa đất', 'H', 'mp'],
      ['1.004177', 'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền', 'H', 'mp'],
      ['1.004230', 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 'H', 'tt'],
      ['1.004233', 'Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 'H', 'tt'],
      ['1.004221', 'Đính chính Giấy chứng nhận đã cấp', 'H', ''],
      ['1.004260', 'Gia hạn sử dụng đất ngoài khu công nghệ cao, khu kinh tế', 'H', ''],
      ['1.004269', 'Thu hồi đất do người sử dụng đất tự nguyện trả lại đất', 'H', ''],
      ['1.004206', 'Cung cấp dữ liệu đất đai', 'TH', 'tt'],
      ['1.004250', 'Hòa giải tranh chấp đất đai', 'X', ''],
      ['1.004271', 'Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp huyện', 'H', ''],
      ['1.004195', 'Đăng ký biến động do đổi tên, thay đổi thông tin về người sử dụng đất, thay đổi hình dạng, kích thước, diện tích thửa đất', 'H', 'mp'],
      ['1.004275', 'Xác nhận tiếp tục sử dụng đất nông nghiệp của hộ gia đình, cá nhân khi hết thời hạn sử dụng đất', 'H', ''],
      ['1.004280', 'Cung cấp trích lục bản đồ địa chính, trích đo địa chính thửa đất', 'H', 'mp'],
    ],
  },
  {
    code: 'XD',
    name: 'Xây dựng',
    agencies: { H: 'Phòng Quản lý đô thị', T: 'Sở Xây dựng' },
    rows: [
      ['1.009994', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'H', 'mp'],
      ['1.009995', 'Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình, nhà ở riêng lẻ', 'H', 'mp'],
      ['1.009996', 'Cấp giấy phép di dời đối với công trình, nhà ở riêng lẻ', 'H', ''],
      ['1.009997', 'Điều chỉnh giấy phép xây dựng đối với công trình, nhà ở riêng lẻ', 'H', 'mp'],
      ['1.009998', 'Gia hạn giấy phép xây dựng đối với công trình, nhà ở riêng lẻ', 'H', 'mp'],
      ['1.009999', 'Cấp lại giấy phép xây dựng đối với công trình, nhà ở riêng lẻ', 'H', 'mp'],
      ['1.009972', 'Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II (công trình không theo tuyến, theo tuyến trong đô thị, tín ngưỡng, tôn giáo, tượng đài, tranh hoành tráng, quảng cáo)', 'T', 'mp'],
      ['1.009973', 'Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng', 'T', ''],
      ['1.009974', 'Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở', 'T', ''],
      ['1.009975', 'Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III', 'T', 'tt'],
      ['1.009976', 'Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III', 'T', 'tt'],
      ['1.009977', 'Cấp giấy phép xây dựng có thời hạn đối với nhà ở riêng lẻ', 'H', 'mp'],
      ['1.009978', 'Kiểm tra công tác nghiệm thu hoàn thành công trình xây dựng', 'T', ''],
      ['1.010002', 'Cấp giấy phép chặt hạ, dịch chuyển cây xanh đô thị', 'H', ''],
    ],
  },
  {
    code: 'DKKD',
    name: 'Đăng ký kinh doanh',
    agencies: { H: 'Phòng Tài chính - Kế hoạch', T: 'Sở Kế hoạch và Đầu tư' },
    rows: [
      ['2.000720', 'Đăng ký thành lập hộ kinh doanh', 'H', 'tt'],
      ['2.000719', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'H', 'tt'],
      ['2.000575', 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh', 'H', 'tt'],
      ['2.000576', 'Chấm dứt hoạt động hộ kinh doanh', 'H', 'tt'],
      ['2.000578', 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 'H', 'tt'],
      ['1.001612', 'Đăng ký thành lập doanh nghiệp tư nhân', 'T', 'tt'],
      ['2.002038', 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', 'T', 'tt'],
      ['2.002039', 'Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên', 'T', 'tt'],
      ['2.002040', 'Đăng ký thành lập công ty cổ phần', 'T', 'tt'],
      ['2.002041', 'Đăng ký thay đổi người đại diện theo pháp luật của công ty', 'T', 'tt'],
      ['2.002042', 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của doanh nghiệp', 'T', 'tt'],
      ['2.002043', 'Giải thể doanh nghiệp', 'T', 'tt'],
      ['2.002044', 'Đăng ký hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh', 'T', 'tt'],
      ['2.002045', 'Đăng ký thành lập hợp tác xã', 'H', 'mp'],
      ['2.002046', 'Đăng ký thay đổi tên, địa chỉ trụ sở chính của doanh nghiệp', 'T', 'tt'],
    ],
  },
  {
    code: 'YT',
    name: 'Y tế',
    agencies: { X: 'Trạm Y tế cấp xã', H: 'Phòng Y tế', T: 'Sở Y tế' },
    rows: [
      ['1.001004', 'Cấp thẻ bảo hiểm y tế cho người thuộc hộ gia đình cận nghèo', 'H', 'mp'],
      ['1.002414', 'Cấp lại, đổi thẻ bảo hiểm y tế', 'H', 'tt'],
      ['1.002401', 'Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người Việt Nam', 'T', 'mp'],
      ['1.002402', 'Cấp giấy phép hoạt động đối với phòng khám chuyên khoa', 'T', 'mp'],
      ['1.002403', 'Cấp giấy phép hoạt động đối với phòng khám đa khoa', 'T', 'mp'],
      ['1.002404', 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc (nhà thuốc, quầy thuốc)', 'T', 'mp'],
      ['1.002406', 'Cấp chứng chỉ hành nghề dược', 'T', 'mp'],
      ['1.002407', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống', 'TH', 'mp'],
      ['1.002408', 'Tiếp nhận bản tự công bố sản phẩm thực phẩm', 'T', 'tt'],
      ['1.002409', 'Cấp giấy xác nhận nội dung quảng cáo thực phẩm', 'T', 'tt'],
      ['1.002410', 'Cấp giấy phép hoạt động đối với trạm y tế cấp xã', 'T', ''],
      ['1.002411', 'Cấp giấy chứng nhận bị nhiễm HIV do tai nạn rủi ro nghề nghiệp', 'T', ''],
      ['1.002412', 'Cấp giấy phép hoạt động đối với cơ sở dịch vụ thẩm mỹ', 'T', 'mp'],
      ['1.002413', 'Công bố cơ sở đủ điều kiện tiêm chủng', 'T', 'tt'],
    ],
  },
  {
    code: 'LDTBXH',
    name: 'Lao động – Thương binh và Xã hội',
    agencies: { X: UBX, H: 'Phòng Lao động - Thương binh và Xã hội', T: 'Sở Lao động - Thương binh và Xã hội' },
    rows: [
      ['1.001776', 'Giải quyết hưởng trợ cấp thất nghiệp', 'T', 'tt'],
      ['1.001805', 'Hỗ trợ học nghề cho người lao động đang hưởng trợ cấp thất nghiệp', 'T', 'mp'],
      ['1.001978', 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'T', 'tt'],
      ['1.001979', 'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', 'T', 'tt'],
      ['1.001758', 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng', 'H', 'mp'],
      ['1.001699', 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', 'X', 'mp'],
      ['1.001731', 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 'H', 'mp'],
      ['1.001653', 'Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm', 'X', ''],
      ['1.001654', 'Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm', 'X', ''],
      ['1.001655', 'Công nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình', 'X', ''],
      ['1.010801', 'Giải quyết chế độ ưu đãi đối với thương binh, người hưởng chính sách như thương binh', 'T', 'mp'],
      ['1.010802', 'Cấp giấy chứng nhận thân nhân liệt sĩ', 'T', 'mp'],
      ['1.010803', 'Giải quyết chế độ mai táng phí, trợ cấp một lần khi người có công với cách mạng từ trần', 'H', 'mp'],
      ['1.001800', 'Đăng ký nội quy lao động của doanh nghiệp', 'T', 'tt'],
      ['1.001801', 'Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp', 'T', 'mp'],
      ['1.001802', 'Giải quyết hưởng bảo hiểm xã hội một lần', 'T', 'tt'],
      ['1.001803', 'Cấp lại sổ bảo hiểm xã hội', 'T', 'tt'],
      ['1.001804', 'Đăng ký tham gia bảo hiểm xã hội tự nguyện', 'X', 'tt'],
      ['1.001806', 'Cấp giấy chứng nhận người cao tuổi được hưởng trợ cấp xã hội hằng tháng', 'X', ''],
    ],
  },
  {
    code: 'GD',
    name: 'Giáo dục và Đào tạo',
    agencies: { X: UBX, H: 'Phòng Giáo dục và Đào tạo', T: 'Sở Giáo dục và Đào tạo' },
    rows: [
      ['1.005097', 'Chuyển trường đối với học sinh trung học cơ sở', 'H', 'mp'],
      ['1.005098', 'Chuyển trường đối với học sinh trung học phổ thông', 'T', 'mp'],
      ['1.005099', 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 'HT', 'tt'],
      ['1.005100', 'Chỉnh sửa nội dung văn bằng, chứng chỉ', 'T', 'mp'],
      ['1.005101', 'Cho phép hoạt động giáo dục nhóm trẻ, lớp mẫu giáo độc lập', 'X', ''],
      ['1.005102', 'Thành lập trường mầm non tư thục', 'H', ''],
      ['1.005103', 'Thành lập trường tiểu học công lập, cho phép thành lập trường tiểu học tư thục', 'H', ''],
      ['1.005104', 'Xét tuyển sinh vào trường phổ thông dân tộc nội trú', 'T', ''],
      ['1.005105', 'Công nhận xã đạt chuẩn phổ cập giáo dục, xóa mù chữ', 'H', ''],
      ['1.005106', 'Xét, duyệt chính sách hỗ trợ đối với học sinh bán trú', 'H', ''],
      ['1.005107', 'Đăng ký dự thi tốt nghiệp trung học phổ thông', 'T', 'tt'],
      ['1.005108', 'Phúc khảo bài thi tốt nghiệp trung học phổ thông', 'T', 'tt'],
      ['1.005109', 'Cấp phép tổ chức hoạt động dạy thêm, học thêm ngoài nhà trường', 'H', 'mp'],
      ['1.005110', 'Hỗ trợ miễn, giảm học phí cho học sinh, sinh viên', 'H', 'mp'],
      ['1.005111', 'Công nhận văn bằng do cơ sở giáo dục nước ngoài cấp', 'T', 'tt'],
    ],
  },
  {
    code: 'CA',
    name: 'Công an – Cư trú',
    agencies: { X: 'Công an cấp xã', H: 'Công an cấp huyện', T: 'Công an cấp tỉnh' },
    rows: [
      ['1.010101', 'Đăng ký thường trú', 'X', 'tt'],
      ['1.010102', 'Đăng ký tạm trú', 'X', 'tt'],
      ['1.010103', 'Xóa đăng ký thường trú', 'X', 'tt'],
      ['1.010104', 'Xóa đăng ký tạm trú', 'X', 'tt'],
      ['1.010105', 'Gia hạn tạm trú', 'X', 'tt'],
      ['1.010106', 'Khai báo tạm vắng', 'X', 'tt'],
      ['1.010107', 'Thông báo lưu trú', 'X', 'tt'],
      ['1.010108', 'Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú', 'X', 'tt'],
      ['1.010109', 'Xác nhận thông tin về cư trú', 'X', 'tt'],
      ['2.001351', 'Cấp thẻ căn cước cho công dân Việt Nam từ đủ 14 tuổi trở lên', 'TH', 'mp'],
      ['2.001352', 'Cấp đổi thẻ căn cước', 'TH', 'tt'],
      ['2.001353', 'Cấp lại thẻ căn cước', 'TH', 'tt'],
      ['2.001354', 'Cấp thẻ căn cước cho người dưới 14 tuổi', 'TH', 'mp'],
      ['2.001355', 'Xác nhận số chứng minh nhân dân, số định danh cá nhân', 'TH', 'tt'],
      ['2.001356', 'Cấp hộ chiếu phổ thông ở trong nước', 'T', 'tt'],
      ['2.001357', 'Đăng ký xe lần đầu (cấp chứng nhận đăng ký, biển số xe)', 'HX', 'tt'],
      ['2.001358', 'Thu hồi chứng nhận đăng ký, biển số xe', 'HX', 'tt'],
      ['2.001359', 'Đăng ký sang tên xe trong cùng tỉnh', 'HX', 'mp'],
      ['2.001360', 'Thẩm duyệt thiết kế về phòng cháy và chữa cháy', 'T', 'mp'],
      ['2.001361', 'Nghiệm thu về phòng cháy và chữa cháy', 'T', 'mp'],
      ['2.001362', 'Cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự để làm ngành, nghề kinh doanh có điều kiện', 'TH', 'mp'],
    ],
  },
  {
    code: 'GTVT',
    name: 'Giao thông vận tải',
    agencies: { H: 'Phòng Quản lý đô thị', T: 'Sở Giao thông vận tải' },
    rows: [
      ['1.002801', 'Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 'T', 'tt'],
      ['1.002802', 'Cấp lại giấy phép lái xe', 'T', 'mp'],
      ['1.002803', 'Đổi giấy phép lái xe do cơ quan có thẩm quyền của nước ngoài cấp', 'T', 'mp'],
      ['1.002804', 'Cấp giấy phép lái xe quốc tế', 'T', 'tt'],
      ['1.002805', 'Cấp mới giấy phép lái xe sau khi sát hạch', 'T', ''],
      ['1.002806', 'Cấp giấy phép kinh doanh vận tải bằng xe ô tô', 'T', 'tt'],
      ['1.002807', 'Cấp phù hiệu xe taxi, xe hợp đồng, xe tải', 'T', 'tt'],
      ['1.002808', 'Đăng ký phương tiện thủy nội địa lần đầu', 'H', 'mp'],
      ['1.002809', 'Cấp giấy phép thi công công trình trên đường bộ đang khai thác', 'T', 'mp'],
      ['1.002810', 'Cấp phép sử dụng tạm thời một phần lòng đường, vỉa hè', 'H', 'mp'],
      ['1.002811', 'Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn trên đường bộ', 'T', 'tt'],
      ['1.002812', 'Cấp giấy chứng nhận đăng ký xe máy chuyên dùng lần đầu', 'T', 'mp'],
      ['1.002813', 'Cấp giấy phép đào tạo lái xe ô tô', 'T', ''],
    ],
  },
  {
    code: 'THUE',
    name: 'Thuế',
    agencies: { H: 'Chi cục Thuế', T: 'Cục Thuế' },
    rows: [
      ['1.007001', 'Đăng ký thuế lần đầu đối với người nộp thuế là hộ kinh doanh, cá nhân kinh doanh', 'H', 'tt'],
      ['1.007002', 'Đăng ký thuế lần đầu đối với cá nhân có thu nhập chịu thuế thu nhập cá nhân', 'H', 'tt'],
      ['1.007003', 'Thay đổi thông tin đăng ký thuế', 'H', 'tt'],
      ['1.007004', 'Khai lệ phí trước bạ nhà, đất', 'H', 'tt'],
      ['1.007005', 'Khai lệ phí trước bạ ô tô, xe máy', 'H', 'tt'],
      ['1.007006', 'Quyết toán thuế thu nhập cá nhân đối với cá nhân trực tiếp quyết toán với cơ quan thuế', 'HT', 'tt'],
      ['1.007007', 'Hoàn thuế thu nhập cá nhân', 'HT', 'tt'],
      ['1.007008', 'Khai thuế đối với hộ kinh doanh nộp thuế theo phương pháp khoán', 'H', 'tt'],
      ['1.007009', 'Miễn, giảm thuế sử dụng đất phi nông nghiệp', 'H', 'mp'],
      ['1.007010', 'Đăng ký người phụ thuộc giảm trừ gia cảnh', 'H', 'tt'],
      ['1.007011', 'Cấp giấy xác nhận hoàn thành nghĩa vụ thuế', 'HT', 'tt'],
      ['1.007012', 'Khai thuế thu nhập cá nhân đối với thu nhập từ chuyển nhượng bất động sản', 'H', 'tt'],
      ['1.007013', 'Đăng ký sử dụng hóa đơn điện tử', 'HT', 'tt'],
    ],
  },
  {
    code: 'VH',
    name: 'Văn hóa',
    agencies: { X: UBX, H: 'Phòng Văn hóa và Thông tin', T: 'Sở Văn hóa, Thể thao và Du lịch' },
    rows: [
      ['1.003645', 'Xét tặng danh hiệu Gia đình văn hóa hằng năm', 'X', ''],
      ['1.003646', 'Xét tặng danh hiệu Thôn, Tổ dân phố văn hóa', 'H', ''],
      ['1.003647', 'Cấp giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', 'H', 'mp'],
      ['1.003648', 'Cấp giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường', 'T', 'mp'],
      ['1.003649', 'Thông báo sản phẩm quảng cáo trên bảng quảng cáo, băng-rôn', 'T', 'tt'],
      ['1.003650', 'Đăng ký tổ chức lễ hội', 'H', 'mp'],
      ['1.003651', 'Thông báo tổ chức lễ hội', 'X', ''],
      ['1.003652', 'Cấp giấy phép tổ chức biểu diễn nghệ thuật', 'T', 'mp'],
      ['1.003653', 'Công nhận điểm du lịch', 'T', ''],
      ['1.003654', 'Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa', 'T', 'tt'],
      ['1.003655', 'Cấp thẻ hướng dẫn viên du lịch', 'T', 'tt'],
      ['1.003656', 'Công nhận hạng cơ sở lưu trú du lịch hạng 1 sao, 2 sao, 3 sao', 'T', 'mp'],
      ['1.003657', 'Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao', 'T', 'mp'],
      ['1.003658', 'Đăng ký hoạt động thư viện tư nhân có phục vụ cộng đồng', 'H', ''],
    ],
  },
  {
    code: 'NN',
    name: 'Nông nghiệp',
    agencies: { X: UBX, H: 'Phòng Nông nghiệp và Phát triển nông thôn', T: 'Sở Nông nghiệp và Phát triển nông thôn' },
    rows: [
      ['1.008001', 'Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh nông, lâm, thủy sản', 'T', 'mp'],
      ['1.008002', 'Cấp Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh', 'T', 'tt'],
      ['1.008003', 'Cấp chứng chỉ hành nghề thú y', 'T', 'mp'],
      ['1.008004', 'Đăng ký tàu cá', 'T', 'mp'],
      ['1.008005', 'Cấp văn bản chấp thuận đóng mới, cải hoán, thuê, mua tàu cá', 'T', ''],
      ['1.008006', 'Cấp giấy phép khai thác thủy sản', 'T', 'mp'],
      ['1.008007', 'Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh', 'H', ''],
      ['1.008008', 'Phê duyệt phương án khai thác gỗ rừng trồng', 'H', ''],
      ['1.008009', 'Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật', 'T', 'mp'],
      ['1.008010', 'Cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón', 'T', 'mp'],
      ['1.008011', 'Công nhận làng nghề truyền thống', 'T', ''],
      ['1.008012', 'Xác nhận kinh tế trang trại', 'H', ''],
      ['1.008013', 'Cấp mã số vùng trồng', 'T', 'tt'],
      ['1.008014', 'Cấp giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi', 'T', ''],
    ],
  },
  {
    code: 'TNMT',
    name: 'Tài nguyên – Môi trường',
    agencies: { H: 'Phòng Tài nguyên và Môi trường', T: 'Sở Tài nguyên và Môi trường' },
    rows: [
      ['1.009101', 'Cấp giấy phép môi trường', 'T', 'mp'],
      ['1.009102', 'Cấp giấy phép môi trường cấp huyện', 'H', 'mp'],
      ['1.009103', 'Thẩm định báo cáo đánh giá tác động môi trường', 'T', 'mp'],
      ['1.009104', 'Đăng ký môi trường', 'X', 'tt'],
      ['1.009105', 'Cấp giấy phép khai thác, sử dụng nước dưới đất', 'T', 'mp'],
      ['1.009106', 'Cấp giấy phép khai thác, sử dụng nước mặt', 'T', 'mp'],
      ['1.009107', 'Cấp giấy phép xả nước thải vào nguồn nước', 'T', 'mp'],
      ['1.009108', 'Cấp giấy phép thăm dò khoáng sản', 'T', ''],
      ['1.009109', 'Cấp giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường', 'T', ''],
      ['1.009110', 'Đăng ký khai thác nước dưới đất', 'H', 'tt'],
      ['1.009111', 'Cấp giấy phép hành nghề khoan nước dưới đất', 'T', 'mp'],
      ['1.009112', 'Cấp giấy phép xử lý chất thải nguy hại', 'T', ''],
    ],
  },
  {
    code: 'CTH',
    name: 'Công Thương',
    agencies: { H: 'Phòng Kinh tế', T: 'Sở Công Thương', B: 'Bộ Công Thương' },
    rows: [
      ['2.000633', 'Cấp Giấy phép bán lẻ rượu', 'H', 'tt'],
      ['2.000634', 'Cấp Giấy phép bán lẻ sản phẩm thuốc lá', 'H', 'tt'],
      ['2.000636', 'Cấp Giấy phép bán buôn rượu', 'T', 'tt'],
      ['2.000637', 'Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', 'T', 'mp'],
      ['2.000638', 'Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh', 'H', 'tt'],
      ['2.000639', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm do ngành Công Thương quản lý', 'T', 'mp'],
      ['2.000640', 'Đăng ký hoạt động bán hàng đa cấp tại địa phương', 'T', 'tt'],
      ['2.000641', 'Cấp giấy phép hoạt động điện lực', 'T', 'mp'],
      ['2.000642', 'Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai', 'T', 'mp'],
      ['2.000643', 'Đăng ký thực hiện khuyến mại', 'T', 'tt'],
      ['2.000645', 'Cấp Giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài', 'T', 'mp'],
      ['2.000646', 'Cấp Giấy chứng nhận xuất xứ hàng hóa (C/O)', 'B', 'tt'],
    ],
  },
  {
    code: 'NV',
    name: 'Nội vụ',
    agencies: { X: UBX, H: 'Phòng Nội vụ', T: 'Sở Nội vụ' },
    rows: [
      ['1.009301', 'Thành lập hội', 'T', ''],
      ['1.009302', 'Công nhận ban vận động thành lập hội', 'T', ''],
      ['1.009303', 'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', 'X', ''],
      ['1.009304', 'Đăng ký sinh hoạt tôn giáo tập trung', 'X', ''],
      ['1.009305', 'Thông báo tổ chức lễ hội tín ngưỡng', 'X', ''],
      ['1.009306', 'Thi tuyển công chức', 'T', ''],
    ],
  },
];

const LEVEL_LABEL: Record<string, string> = { X: 'Cấp Xã', H: 'Cấp Huyện', T: 'Cấp Tỉnh', B: 'Cấp Bộ' };
const LEVEL_FALLBACK: Record<string, string> = { X: UBX, H: UBH, T: UBT, B: 'Bộ' };

function build(): CatalogueProcedure[] {
  const out: CatalogueProcedure[] = [];
  for (const block of blocks) {
    for (const [code, name, levels, online] of block.rows) {
      const letters = [...levels];
      const channels = [{ kind: 'truc-tiep' }];
      if (online) channels.push({ kind: 'truc-tuyen' });
      // Deterministic: about half the procedures also accept the public postal service.
      if (Number(code.slice(-1)) % 2 === 0) channels.push({ kind: 'buu-chinh' });
      const procedure: CatalogueProcedure = {
        code,
        name,
        field: { code: block.code, name: block.name },
        levels: letters.map((l) => LEVEL_LABEL[l] as string),
        agencies: letters.map((l) => ({ name: block.agencies[l] ?? (LEVEL_FALLBACK[l] as string) })),
        channels,
      };
      if (online) procedure.onlineLevel = online === 'tt' ? 'toan-trinh' : 'mot-phan';
      if (POPULAR.has(code)) procedure.popular = true;
      out.push(procedure);
    }
  }
  return out;
}

export const catalogue: readonly CatalogueProcedure[] = build();
