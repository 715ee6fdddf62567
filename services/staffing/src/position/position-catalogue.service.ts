import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { DepartmentEntity } from '../department/department.entity';
import { PositionEntity } from './position.entity';
import { levelOf, planCatalogueInstall, type Catalogue } from './position.rules';

export interface InstalledCatalogue {
  propertyId: string;
  /** the property's rows for the catalogue's departments and positions, in catalogue order */
  departments: DepartmentEntity[];
  positions: PositionEntity[];
}

/** Installs a catalogue of departments and positions (the standard one: positions.catalogue.ts) into a property. */
export class PositionCatalogueService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly catalogue: Catalogue,
  ) {}

  /**
   * Creates whatever of the catalogue the property lacks and returns the property's catalogue rows.
   * Rerunning it creates nothing and returns the same rows; rows the property already has (by code) are kept.
   */
  async install(propertyId: string, caller: Caller): Promise<InstalledCatalogue> {
    caller.assertProperty(propertyId);
    try {
      return await this.deps.db.transaction((em) => this.installIn(em, propertyId));
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // A concurrent install committed first; a second pass finds its rows and creates nothing twice.
      return this.deps.db.transaction((em) => this.installIn(em, propertyId));
    }
  }

  private async installIn(em: EntityManager, propertyId: string): Promise<InstalledCatalogue> {
    const departments = new Map((await em.findBy(DepartmentEntity, { propertyId })).map((d) => [d.code, d]));
    const positions = new Map((await em.findBy(PositionEntity, { propertyId })).map((p) => [p.code, p]));
    const plan = planCatalogueInstall(this.catalogue, {
      departmentCodes: new Set(departments.keys()),
      positionCodes: new Set(positions.keys()),
    });
    const now = this.deps.clock.now();

    const newDepartments = plan.departments.map((d) =>
      em.create(DepartmentEntity, {
        id: randomUUID(),
        propertyId,
        code: d.code,
        name: d.name,
        nameZh: d.nameZh,
        description: d.description,
        createdAt: now,
      }),
    );
    for (const d of newDepartments) departments.set(d.code, d);

    // Managers come first in the plan, so each reportsTo is already in the map.
    const newPositions = plan.positions.map((p) => {
      const department = departments.get(p.departmentCode);
      if (!department) throw new Error(`catalogue position ${p.code} names unknown department ${p.departmentCode}`);
      const row = em.create(PositionEntity, {
        id: randomUUID(),
        propertyId,
        departmentId: department.id,
        code: p.code,
        title: p.title,
        titleZh: p.titleZh,
        level: levelOf(p.level),
        reportsToId: p.reportsTo ? (positions.get(p.reportsTo)?.id ?? null) : null,
        responsibilities: [...p.responsibilities],
        requirements: [...p.requirements],
        defaultRoles: [...p.defaultRoles],
        createdAt: now,
      });
      positions.set(p.code, row);
      return row;
    });

    if (newDepartments.length) await em.insert(DepartmentEntity, newDepartments);
    if (newPositions.length) await em.insert(PositionEntity, newPositions);
    return {
      propertyId,
      departments: this.catalogue.departments.map((d) => departments.get(d.code)!),
      positions: this.catalogue.positions.map((p) => positions.get(p.code)!),
    };
  }
}
