import { In } from 'typeorm';
import { Caller, SYSTEM, type ServiceDeps } from '@hotelops/kernel';
import { composeStaffing } from '../composition';
import { DepartmentEntity } from '../department/department.entity';
import { EmployeeEntity } from '../employee/employee.entity';
import { displayName } from '../employee/employee.rules';
import { PositionEntity } from '../position/position.entity';
import { seedHr } from './seed-hr';
import { seedRosters } from './seed-rosters';

export interface StaffingDemo {
  employees: { id: string; positionCode: string; departmentCode: string; displayName: string }[];
}

const PER_POSITION = 2;

/** Family name | given name. Enough for two people in every catalogue position. */
const NAMES = `
  王|芳 李|娜 张|伟 刘|洋 陈|静 杨|磊 赵|敏 黄|丽 周|杰 吴|婷
  徐|强 孙|燕 马|超 朱|琳 胡|斌 郭|晶 何|涛 林|慧 高|翔 罗|欣
  郑|凯 梁|雪 谢|鹏 宋|佳 唐|浩 许|颖 韩|冰 冯|毅 邓|倩 曹|阳
  彭|霞 曾|宇 肖|蕾 田|亮 董|悦 袁|帆 潘|莉 蒋|勇 蔡|雯 余|波
  杜|娟 叶|青 程|晨 魏|东 苏|梅 吕|军 丁|宁 任|杰 沈|玲 姚|远
  卢|薇 姜|涛 崔|红 钟|磊 谭|晓 陆|露 汪|洁 范|明 金|妍 欧阳|志远
  石|岩 廖|芬 贾|楠 夏|天 付|蓉 方|舟
`
  .trim()
  .split(/\s+/)
  .map((n) => n.split('|') as [string, string]);

const DAY_MS = 86_400_000;
const hireDate = (i: number) => new Date(Date.UTC(2018, 0, 8) + i * 41 * DAY_MS).toISOString().slice(0, 10);

/**
 * Demo staff for an embedded first start: the standard catalogue in the property and two people per
 * position, hired through the service (so EmployeeHired events are written like real use).
 * When the property already has employees it creates nothing and returns them.
 */
export async function seedDemo(deps: ServiceDeps, input: { propertyId: string }): Promise<StaffingDemo> {
  const existing = await deps.db.manager.find(EmployeeEntity, {
    where: { propertyId: input.propertyId },
    order: { employeeNumber: 'ASC' },
  });
  if (existing.length) return describe(deps, existing);

  const system = new Caller(SYSTEM);
  const { catalogue, employees } = composeStaffing(deps);
  const { positions } = await catalogue.install(input.propertyId, system);
  const hired: EmployeeEntity[] = [];
  for (const position of positions) {
    for (let k = 0; k < PER_POSITION; k++) {
      const i = hired.length;
      const [lastName, firstName] = NAMES[i % NAMES.length];
      const employeeNumber = `E${String(i + 1).padStart(4, '0')}`;
      hired.push(
        await employees.hire(
          {
            propertyId: input.propertyId,
            positionId: position.id,
            firstName,
            lastName,
            employeeNumber,
            email: `${employeeNumber.toLowerCase()}@staff.hotel.example`,
            phone: `+86 138 0571 ${String(1000 + i)}`,
            hiredOn: hireDate(i),
          },
          system,
          {},
        ),
      );
    }
  }
  const services = composeStaffing(deps);
  await seedRosters(deps, services, input.propertyId);
  await seedHr(deps, services, input.propertyId);
  return describe(deps, hired);
}

async function describe(deps: ServiceDeps, employees: EmployeeEntity[]): Promise<StaffingDemo> {
  const em = deps.db.manager;
  const positions = new Map(
    (await em.findBy(PositionEntity, { id: In([...new Set(employees.map((e) => e.positionId))]) })).map((p) => [p.id, p]),
  );
  const departments = new Map(
    (await em.findBy(DepartmentEntity, { id: In([...new Set([...positions.values()].map((p) => p.departmentId))]) })).map((d) => [d.id, d]),
  );
  return {
    employees: employees.map((e) => {
      const position = positions.get(e.positionId)!;
      return {
        id: e.id,
        positionCode: position.code,
        departmentCode: departments.get(position.departmentId)!.code,
        displayName: displayName(e.firstName, e.lastName),
      };
    }),
  };
}
