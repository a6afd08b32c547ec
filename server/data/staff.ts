// The one-stop office's people and the agencies they belong to. Officials' names are public
// (the roster is published), unlike citizens', which are always masked.

export interface Official {
  id: string;
  name: string;
  title: string;
  office: string;
  agencyId: string;
  phone?: string;
}

export const HOME_OFFICE = 'Trung tâm Phục vụ hành chính công phường Minh Khai';

export const AGENCIES = [
  { id: 'ubnd-minh-khai', name: 'UBND phường Minh Khai' },
  { id: 'ttpvhcc-tinh', name: 'Trung tâm Phục vụ hành chính công tỉnh' },
  { id: 'vpdkdd', name: 'Văn phòng đăng ký đất đai tỉnh' },
  { id: 'cn-vpdkdd-kv1', name: 'Chi nhánh Văn phòng đăng ký đất đai khu vực 1' },
  { id: 'so-tu-phap', name: 'Sở Tư pháp' },
  { id: 'cong-an-minh-khai', name: 'Công an phường Minh Khai' },
  { id: 'thue-co-so-1', name: 'Thuế cơ sở 1' },
  { id: 'bhxh-co-so', name: 'Bảo hiểm xã hội cơ sở Minh Khai' },
] as const;

export type AgencyId = (typeof AGENCIES)[number]['id'];

const o = (id: string, name: string, title: string, office: string, agencyId: AgencyId, phone?: string): Official =>
  phone ? { id, name, title, office, agencyId, phone } : { id, name, title, office, agencyId };

export const OFFICIALS: Official[] = [
  o('cb-01', 'Nguyễn Thị Thu Hà', 'Công chức Tư pháp – Hộ tịch', 'Phòng Văn hóa – Xã hội', 'ubnd-minh-khai', '0209.3870.101'),
  o('cb-02', 'Lê Minh Tuấn', 'Công chức Tư pháp – Hộ tịch', 'Phòng Văn hóa – Xã hội', 'ubnd-minh-khai'),
  o('cb-03', 'Hoàng Văn Dũng', 'Chuyên viên', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'ubnd-minh-khai', '0209.3870.115'),
  o('cb-04', 'Phạm Thị Lan Anh', 'Công chức Địa chính – Xây dựng', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'ubnd-minh-khai'),
  o('cb-05', 'Trần Quốc Bảo', 'Chuyên viên', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'ubnd-minh-khai', '0209.3870.116'),
  o('cb-06', 'Đỗ Thị Ngọc Mai', 'Chuyên viên', 'Phòng Tài chính – Kế hoạch', 'ubnd-minh-khai', '0209.3870.122'),
  o('cb-07', 'Vũ Đức Thắng', 'Chuyên viên', 'Phòng Tài chính – Kế hoạch', 'ubnd-minh-khai'),
  o('cb-08', 'Bùi Thị Hương', 'Công chức Văn hóa – Xã hội', 'Phòng Văn hóa – Xã hội', 'ubnd-minh-khai', '0209.3870.130'),
  o('cb-09', 'Ngô Văn Hải', 'Chuyên viên', 'Phòng Văn hóa – Xã hội', 'ubnd-minh-khai'),
  o('cb-10', 'Đặng Thị Kim Oanh', 'Viên chức tiếp nhận', 'Trung tâm Phục vụ hành chính công', 'ubnd-minh-khai', '0209.3870.100'),
  o('cb-11', 'Lý Thanh Sơn', 'Viên chức tiếp nhận', 'Trung tâm Phục vụ hành chính công', 'ubnd-minh-khai'),
  o('cb-12', 'Trịnh Thị Phương', 'Công chức Tư pháp – Hộ tịch', 'Phòng Tư pháp', 'ubnd-minh-khai'),
  o('cb-13', 'Mai Xuân Trường', 'Chuyên viên', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'ubnd-minh-khai'),
  o('cb-14', 'Nguyễn Văn Khánh', 'Phó Giám đốc', 'Chi nhánh Văn phòng đăng ký đất đai khu vực 1', 'cn-vpdkdd-kv1', '0209.3870.140'),
  o('cb-15', 'Trần Thị Thanh Huyền', 'Chuyên viên', 'Sở Tư pháp', 'so-tu-phap'),
  o('cb-16', 'Hà Văn Long', 'Thiếu tá, cán bộ đăng ký cư trú', 'Công an phường Minh Khai', 'cong-an-minh-khai', '0209.3870.150'),
];

export function official(id: string): Official {
  const found = OFFICIALS.find((x) => x.id === id);
  if (!found) throw new RangeError(`unknown official ${id}`);
  return found;
}
